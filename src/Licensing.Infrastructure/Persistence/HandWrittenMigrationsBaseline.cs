using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Infrastructure.Persistence;

/// <summary>
/// The baseline step (ADR-023). A database built by the hand-written migrations holds their ids in the history, not the
/// id of the generated Initial that replaced them. Before migrating, such a database is checked once: it must have run
/// the last hand-written migration, hold every table and column of the Initial's model, and keep R31 (one held licence per
/// company). Then the Initial's id is recorded as applied, and later migrations run as on any database.
/// </summary>
public static class HandWrittenMigrationsBaseline
{
    /// <summary>The last migration of the hand-written set: an older database must first be migrated by the release that held them.</summary>
    public const string LastHandWrittenMigration = "20261204050000_HangfireScheduling";

    private const string HeldLicenceIndex = "IX_Licences_AgencyId_Held";

    /// <summary>Records the Initial as applied on a database built by the hand-written migrations; true when it did.</summary>
    public static async Task<bool> ApplyAsync(LicensingDbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken)) return false;
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToHashSet();
        var initial = db.Database.GetMigrations().First();
        if (applied.Count == 0 || applied.Contains(initial)) return false;

        if (!applied.Contains(LastHandWrittenMigration))
        {
            throw new InvalidOperationException(
                $"This database was built by the hand-written migrations but has not run the last of them ({LastHandWrittenMigration}); "
                + $"its last one is {applied.Max(StringComparer.Ordinal)}. Migrate it with the release before ADR-023 first, then start this one.");
        }
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await RefuseMissingColumnsAsync(InitialSchema(db, initial), connection, cancellationToken);
            await RefuseDuplicateHeldLicencesAsync(connection, cancellationToken);
            // The R31 index came with a migration whose text changed after it shipped: made here if it is missing.
            await db.Database.ExecuteSqlRawAsync(
                $"CREATE UNIQUE INDEX IF NOT EXISTS \"{HeldLicenceIndex}\" ON \"Licences\" (\"AgencyId\") WHERE \"Status\" IN ('Active', 'Suspended')", cancellationToken);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion())), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return true;
    }

    /// <summary>
    /// The schema the Initial builds, which is the one the hand-written set built: the later migrations' tables and
    /// columns are theirs to add, after the baseline.
    /// </summary>
    private static IRelationalModel InitialSchema(LicensingDbContext db, string initial)
    {
        var assembly = db.GetService<IMigrationsAssembly>();
        var migration = assembly.CreateMigration(assembly.Migrations[initial], db.Database.ProviderName!);
        return db.GetService<IModelRuntimeInitializer>().Initialize(migration.TargetModel!).GetRelationalModel();
    }

    /// <summary>Every table and column of the schema is read once with no rows: a missing one fails and is named.</summary>
    private static async Task RefuseMissingColumnsAsync(IRelationalModel schema, DbConnection connection, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var table in schema.Tables.Where(t => t.Schema is null))
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
            try
            {
                await ReadAsync(connection, $"SELECT {columns} FROM \"{table.Name}\" WHERE 1 = 0", _ => 0, cancellationToken);
            }
            catch (DbException)
            {
                missing.Add(table.Name);
            }
        }
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"This database holds the hand-written migrations' history but not the schema they build: these tables are missing or lack columns: {string.Join(", ", missing)}.");
        }
    }

    /// <summary>R31: the unique index cannot be made while a company holds two licences; each such company is named.</summary>
    private static async Task RefuseDuplicateHeldLicencesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var held = await ReadAsync(connection,
            """
            SELECT a."RegistrationNumber", a."Id", l."Number"
            FROM "Licences" l JOIN "Agencies" a ON a."Id" = l."AgencyId"
            WHERE l."Status" IN ('Active', 'Suspended') AND l."AgencyId" IN (
                SELECT "AgencyId" FROM "Licences" WHERE "Status" IN ('Active', 'Suspended') GROUP BY "AgencyId" HAVING COUNT(*) > 1)
            ORDER BY a."RegistrationNumber", l."Number"
            """,
            r => (Agency: $"agency {r.GetString(0)} ({r.GetValue(1)})", Number: r.GetString(2)), cancellationToken);
        if (held.Count == 0) return;
        var agencies = held.GroupBy(h => h.Agency).Select(g => $"{g.Key}: {string.Join(", ", g.Select(h => h.Number))}");
        throw new InvalidOperationException(
            "R31: a company holds one licence at a time, but these agencies hold more than one active or suspended licence. "
            + $"Revoke, or record the surrender of, all but one licence of each, then start again: {string.Join("; ", agencies)}");
    }

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
        return rows;
    }
}
