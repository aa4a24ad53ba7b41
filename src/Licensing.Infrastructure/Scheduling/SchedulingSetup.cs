using Licensing.Domain.Calendar;
using Licensing.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Licensing.Infrastructure.Scheduling;

public static class SchedulingSetup
{
    public const string TablePrefix = "QRTZ_";

    /// <summary>
    /// Quartz with its persistent store in the application database (tables made by our
    /// migrations): clustered on PostgreSQL so that several instances share one schedule and
    /// each firing runs once; a single node on SQLite. Cron times are Phnom Penh times (R35): the 00:05 sweep runs
    /// just after midnight in Cambodia.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.EffectiveConnectionString);
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(database.EffectiveConnectionString);
                }
            });
            foreach (var job in JobCatalog.All)
            {
                q.AddJob(job.JobType, j => j.WithIdentity(job.Name).StoreDurably().WithDescription(job.Description));
                q.AddTrigger(t => t.ForJob(job.Name).WithIdentity(job.Name).WithCronSchedule(job.Cron, c => c.InTimeZone(PhnomPenh.Zone)));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
