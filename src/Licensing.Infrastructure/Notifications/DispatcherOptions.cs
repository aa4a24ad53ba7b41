namespace Licensing.Infrastructure.Notifications;

/// <summary>The "Notifications" configuration section.</summary>
public sealed class DispatcherOptions
{
    /// <summary>Off only to hold notifications back, as a test of what survives a crash does.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>The wait before the first retry; later retries double it, up to an hour.</summary>
    public double FirstRetrySeconds { get; set; } = 15;

    /// <summary>
    /// How long a claimed message is left to the instance that claimed it; after that another may
    /// deliver it, so it must outlast any delivery. A claim of an instance that died waits this long.
    /// </summary>
    public double LeaseSeconds { get; set; } = 120;
}
