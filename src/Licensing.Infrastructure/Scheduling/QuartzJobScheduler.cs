using Licensing.Application.Abstractions;
using Quartz;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>The jobs page's view of Quartz: next and previous fire times, and "run now".</summary>
public sealed class QuartzJobScheduler(ISchedulerFactory factory) : IJobScheduler
{
    public async Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var jobs = new List<ScheduledJob>();
        foreach (var definition in JobCatalog.All)
        {
            var triggers = await scheduler.GetTriggersOfJob(new JobKey(definition.Name), cancellationToken);
            var trigger = triggers.FirstOrDefault();
            jobs.Add(new ScheduledJob(definition.Name, definition.Description, definition.Cron, trigger?.NextFireTimeUtc, trigger?.PreviousFireTimeUtc));
        }
        return jobs;
    }

    public async Task<bool> TriggerAsync(string name, CancellationToken cancellationToken)
    {
        if (JobCatalog.All.All(j => j.Name != name)) return false;
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(new JobKey(name), cancellationToken);
        return true;
    }
}
