using Hangfire;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>
/// What Hangfire runs for every recurring job: the catalog's use case, named by the job, in the job's
/// own DI scope. Two runs of one job may overlap (a "run now" on two instances, or beside the scheduled
/// run): the sweeps save page by page and key every notice in the outbox, so the later run skips what
/// the earlier one wrote, and a page that collides with it on the unique key or a record's version
/// fails the run, which is retried and then finds the work done. No lock is held, so a process killed
/// mid-run leaves nothing that holds back the next run.
/// </summary>
public sealed class CatalogJob(IServiceProvider services)
{
    [JobDisplayName("{0}")]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [10, 60, 300, 1800, 7200])]
    public Task RunAsync(string name, CancellationToken cancellationToken)
    {
        var job = JobCatalog.Find(name) ?? throw new InvalidOperationException($"No scheduled job is named '{name}'.");
        return job.Run(services, cancellationToken);
    }
}
