using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Licensing.Application.Abstractions;
using Licensing.Infrastructure.Files;
using Licensing.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Licensing.Infrastructure.Scheduling;

public static class SchedulingSetup
{
    /// <summary>Hangfire's tables in PostgreSQL: a schema of their own in the application database.</summary>
    public const string HangfireSchema = "hangfire";

    /// <summary>
    /// Hangfire (ADR-020): on PostgreSQL its storage in the application database, shared by every
    /// instance, whose schema the migration step installs (never a serving instance); on SQLite, the
    /// single-process default, in memory. The storage is this host's own (not Hangfire's static
    /// JobStorage.Current), so that several hosts in one process keep to their own databases.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton<JobStorage>(_ => database.Provider == DatabaseProvider.Postgres
            ? new PostgreSqlStorage(new NpgsqlConnectionFactory(database.EffectiveConnectionString, new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions
            {
                SchemaName = HangfireSchema,
                PrepareSchemaIfNecessary = false,
                QueuePollInterval = TimeSpan.FromSeconds(1),
            })
            : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddHangfire((provider, c) => c
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((provider, o) =>
        {
            o.WorkerCount = 4;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            // Hangfire's global activator is the last host's to be configured: with several hosts in one process (tests),
            // a job picked up here would otherwise run in another host's container, against its database.
            o.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
        });
        services.AddScoped<CatalogJob>();
        services.AddScoped<OutboxCleanup>();
        services.AddScoped<StagedFilesSweep>();
        services.AddScoped<FormTokensSweep>();
        services.AddScoped<RecurringJobs>();
        services.AddScoped<IJobScheduler, HangfireJobScheduler>();
        services.AddHostedService<RecurringJobRegistration>();
        return services;
    }
}
