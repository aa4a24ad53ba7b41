namespace Licensing.Application.Abstractions;

/// <summary>The scheduler's recurring jobs, as an administrator sees and changes them.</summary>
public interface IJobScheduler
{
    Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Queues a run of the job now and returns the run's id; null when there is no job of that name.</summary>
    Task<string?> TriggerAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the job on the given cron expression (Phnom Penh time) from now on, or on its default when
    /// <paramref name="cron"/> is empty; false when there is no job of that name. An expression that is
    /// not a valid cron expression is refused with a rule error.
    /// </summary>
    Task<bool> RescheduleAsync(string name, string? cron, CancellationToken cancellationToken);
}

public sealed record ScheduledJob(string Name, string Description, string Schedule, string DefaultSchedule, DateTimeOffset? NextFireAt, DateTimeOffset? PreviousFireAt, string? LastState);
