using Hangfire;
using Hangfire.Storage;
using Licensing.Domain.Calendar;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>
/// Puts the catalog's jobs in Hangfire as recurring jobs in Phnom Penh time, each on the schedule an
/// administrator set (JobSchedules) or else its default, and removes recurring jobs the catalog no
/// longer has. Safe to run on every instance at once: each writes the same definitions.
/// </summary>
public sealed class RecurringJobs(IRecurringJobManager manager, JobStorage storage, LicensingDbContext db)
{
    public async Task RegisterAllAsync(CancellationToken cancellationToken)
    {
        var overrides = await db.JobSchedules.AsNoTracking().ToDictionaryAsync(s => s.JobName, s => s.Cron, cancellationToken);
        foreach (var job in JobCatalog.All)
        {
            Register(job, overrides.GetValueOrDefault(job.Name, job.Cron));
        }
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Where(id => JobCatalog.Find(id) is null))
        {
            manager.RemoveIfExists(stale);
        }
    }

    public void Register(JobDefinition job, string cron) =>
        manager.AddOrUpdate<CatalogJob>(job.Name, j => j.RunAsync(job.Name, CancellationToken.None), cron, new RecurringJobOptions { TimeZone = PhnomPenh.Zone });
}
