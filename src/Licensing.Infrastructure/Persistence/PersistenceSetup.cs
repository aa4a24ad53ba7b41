using Microsoft.EntityFrameworkCore;
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
}
