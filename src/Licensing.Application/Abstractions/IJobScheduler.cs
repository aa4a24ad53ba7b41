namespace Licensing.Application.Abstractions;

/// <summary>The scheduler's jobs, as an administrator sees them.</summary>
public interface IJobScheduler
{
    Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Runs the job now; false when there is no job of that name.</summary>
    Task<bool> TriggerAsync(string name, CancellationToken cancellationToken);
}

public sealed record ScheduledJob(string Name, string Description, string? Schedule, DateTimeOffset? NextFireAt, DateTimeOffset? PreviousFireAt);
