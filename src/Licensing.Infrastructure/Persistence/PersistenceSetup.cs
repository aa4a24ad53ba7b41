using Microsoft.EntityFrameworkCore;
using Licensing.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Licensing.Infrastructure.Persistence;

public static class PersistenceSetup
{
    public const string MigrationsAssembly = "Licensing.Migrations";

    /// <summary>Points EF Core at the configured provider; the same model and migrations serve both.</summary>
    public static TBuilder UseLicensingDatabase<TBuilder>(this TBuilder options, DatabaseOptions database)
        where TBuilder : DbContextOptionsBuilder
    {
        var connectionString = database.EffectiveConnectionString;
        if (database.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
        else
        {
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
        // Aggregates load several child collections at once; one query each avoids a cartesian product.
        // Migrations are hand-written and have no model snapshot; a test proves they build the model's schema.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return options;
    }

    /// <summary>
    /// Applies pending migrations (one that fills a table from millions of rows takes minutes, not the 30 s a
    /// query is given), then, on PostgreSQL, installs or upgrades Hangfire's schema (ADR-020).
    /// </summary>
    public static async Task ApplyMigrationsAsync(this LicensingDbContext db, CancellationToken cancellationToken = default)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await HangfireSchemaInstaller.InstallAsync(db.Database.GetConnectionString()!, cancellationToken);
        }
    }
}
