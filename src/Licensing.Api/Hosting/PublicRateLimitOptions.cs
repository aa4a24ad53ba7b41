namespace Licensing.Api.Hosting;

/// <summary>Configuration section <c>RateLimits</c>: requests per minute one client address may make to each public form (its own budget per form).</summary>
public sealed class PublicRateLimitOptions
{
    public const string Section = "RateLimits";

    public int PublicPerMinute { get; set; } = 60;
}
