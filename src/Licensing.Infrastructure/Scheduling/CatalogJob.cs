using Hangfire;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>
/// What Hangfire runs for every recurring job: the catalog's use case, named by the job. A
/// distributed lock in the job storage lets one run of a job at a time across every instance
/// (two "run now" at once wait for each other); the sweeps are keyed in the outbox besides, so a
/// retry or a late second run writes nothing twice.
/// </summary>
public sealed class CatalogJob(IServiceProvider services, JobStorage storage)
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    [JobDisplayName("{0}")]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [10, 60, 300, 1800, 7200])]
    public async Task RunAsync(string name, CancellationToken cancellationToken)
    {
        var job = JobCatalog.Find(name) ?? throw new InvalidOperationException($"No scheduled job is named '{name}'.");
        using var connection = storage.GetConnection();
        using var runAlone = connection.AcquireDistributedLock($"licensing:job:{name}", LockTimeout);
        await job.Run(services, cancellationToken);
    }
}
