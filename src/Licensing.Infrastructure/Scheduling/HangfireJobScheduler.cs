using Cronos;
using Hangfire;
using Hangfire.Storage;
using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Settings;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>
/// The jobs page's view of Hangfire: each recurring job's schedule, next and last run, "run now" and a
/// new schedule. A schedule is kept in JobSchedules (so that an instance starting later registers it,
/// not the default) and written to the shared job storage, which every instance's server reads.
/// </summary>
public sealed class HangfireJobScheduler(JobStorage storage, IRecurringJobManagerV2 manager, RecurringJobs recurring, LicensingDbContext db) : IJobScheduler
{
    public Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        var registered = connection.GetRecurringJobs(JobCatalog.All.Select(j => j.Name).ToList()).ToDictionary(j => j.Id);
        IReadOnlyList<ScheduledJob> jobs = JobCatalog.All.Select(definition =>
        {
            var job = registered.GetValueOrDefault(definition.Name);
            return new ScheduledJob(definition.Name, definition.Description, job?.Cron ?? definition.Cron, definition.Cron,
                Utc(job?.NextExecution), Utc(job?.LastExecution), job?.LastJobState);
        }).ToList();
        return Task.FromResult(jobs);
    }

    public Task<string?> TriggerAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(JobCatalog.Find(name) is null ? null : manager.TriggerJob(name));

    public async Task<bool> RescheduleAsync(string name, string? cron, CancellationToken cancellationToken)
    {
        if (JobCatalog.Find(name) is not { } job) return false;
        var schedule = string.IsNullOrWhiteSpace(cron) ? job.Cron : Validated(cron);
        var kept = await db.JobSchedules.SingleOrDefaultAsync(s => s.JobName == name, cancellationToken);
        if (schedule == job.Cron)
        {
            if (kept is not null) db.JobSchedules.Remove(kept);
        }
        else if (kept is null)
        {
            db.JobSchedules.Add(new JobSchedule(name, schedule));
        }
        else
        {
            kept.Change(schedule);
        }
        await db.SaveChangesAsync(cancellationToken);
        recurring.Register(job, schedule);
        return true;
    }

    /// <summary>Five fields (minute hour day month weekday), or six with seconds first, as Hangfire reads them.</summary>
    private static string Validated(string cron)
    {
        var expression = string.Join(' ', cron.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var fields = expression.Split(' ').Length;
        try
        {
            if (fields is not (5 or 6)) throw new CronFormatException("A cron expression has five fields.");
            CronExpression.Parse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return expression;
        }
        catch (CronFormatException)
        {
            throw new DomainException(ErrorCodes.JobScheduleInvalid, DomainErrorKind.Invalid, cron);
        }
    }

    private static DateTimeOffset? Utc(DateTime? instant) => instant is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
}
