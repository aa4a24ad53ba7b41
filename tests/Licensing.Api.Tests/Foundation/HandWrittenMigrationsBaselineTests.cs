using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Api.Tests.Foundation;

/// <summary>
/// The baseline step (ADR-023): a database built by the hand-written migrations gets the generated Initial's id recorded
/// once, after its history, schema and R31 are checked; one that falls short is refused with a message saying why.
/// An old database is made here from the Initial's schema with the hand-written migrations' history written over it.
/// </summary>
public sealed class HandWrittenMigrationsBaselineTests
{
    private static readonly string[] HandWrittenHistory =
    [
        "20261122000000_Initial", "20261122000100_QuartzSchema", "20261122010000_LicenceApplications", "20261122020000_Inspections",
        "20261122020100_InspectionPhotos", "20261122030000_Workers", "20261122040000_AppendOnlyAudit", "20261122050000_Disappearances",
        "20261122060000_Complaints", "20261122070000_Evaluations", "20261122080000_StatisticsIndexes", "20261122090000_SweepIndexes",
        "20261122100000_WorkerLatestDeployment", "20261122110000_ComplaintListAndDashboard", "20261122120000_ListIndexes",
        "20261122130000_ComplaintStatisticsTotals", "20261204010000_OneLicencePerCompany",
        "20261204020000_DepartureClearances", "20261204030000_RestrictionsPublicAgenciesEvaluationCycle", "20261204040000_PhnomPenhCalendar",
        HandWrittenMigrationsBaseline.LastHandWrittenMigration,
    ];

    private const string HeldLicenceIndex = "IX_Licences_AgencyId_Held";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnOldDatabase_GetsTheInitialRecorded_AndTheApplicationWorksOnIt(DatabaseProvider provider)
    {
        await using var database = await OldDatabaseAsync(provider, HandWrittenHistory);

        await using (var app = new AppOn(database))
        {
            await app.InitializeAsync();
            var agency = await TestAgency.CreateAsync(app);
            Assert.True(await app.WithDbAsync(db => db.Agencies.AnyAsync(a => a.Id == agency.Id, Ct)));
        }

        await using var db = database.OpenContext();
        var applied = (await db.Database.GetAppliedMigrationsAsync(Ct)).ToList();
        Assert.Contains(db.Database.GetMigrations().First(), applied);
        Assert.Equal(HandWrittenHistory.Length + db.Database.GetMigrations().Count(), applied.Count);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnOldDatabaseThatHasNotRunTheLastHandWrittenMigration_IsRefused_NamingIt(DatabaseProvider provider)
    {
        await using var database = await OldDatabaseAsync(provider, HandWrittenHistory[..^1]);

        await using var db = database.OpenContext();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.ApplyMigrationsAsync(Ct));
        Assert.Contains($"has not run the last of them ({HandWrittenMigrationsBaseline.LastHandWrittenMigration})", refused.Message);
        Assert.Contains("its last one is 20261204040000_PhnomPenhCalendar", refused.Message);
        Assert.DoesNotContain(db.Database.GetMigrations().First(), await db.Database.GetAppliedMigrationsAsync(Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnOldDatabaseMissingATable_IsRefused_NamingIt(DatabaseProvider provider)
    {
        await using var database = await OldDatabaseAsync(provider, HandWrittenHistory);
        await using var db = database.OpenContext();
        await db.Database.ExecuteSqlRawAsync("DROP TABLE \"PublicHolidays\"", Ct);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.ApplyMigrationsAsync(Ct));
        Assert.Contains("missing or lack columns: PublicHolidays.", refused.Message);
        Assert.DoesNotContain(db.Database.GetMigrations().First(), await db.Database.GetAppliedMigrationsAsync(Ct));
    }

    [Theory]
    [Trait("Rule", "R31")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task R31_AnOldDatabaseWithTwoHeldLicencesForOneCompany_IsRefusedNamingIt_ThenBaselinedOnceOneIsRevoked(DatabaseProvider provider)
    {
        await using var database = await OldDatabaseAsync(provider, HandWrittenHistory);
        var agency = new Agency(new LocalizedText("ក្រុមហ៊ុន សាកល្បង ឯ.ក", "Twice Licensed Co., Ltd."), "55500555", "L001-555", new Address("No. 1, Street 1", "KH-12"),
            "+855 23 000 000", "info@twice.example", "Director (fictitious)");
        var first = Licence.Issue(agency.Id, agency.RegistrationNumber, new DateOnly(2026, 1, 5), 24, 1);
        var second = Licence.Issue(agency.Id, agency.RegistrationNumber, new DateOnly(2026, 11, 20), 24, 120);
        await using (var db = database.OpenContext())
        {
            // The register as a database migrated before the R31 index could hold it.
            await db.Database.ExecuteSqlRawAsync($"DROP INDEX \"{HeldLicenceIndex}\"", Ct);
            db.Agencies.Add(agency);
            db.Licences.AddRange(first, second);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.OpenContext())
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.ApplyMigrationsAsync(Ct));
            Assert.Contains("R31", refused.Message);
            Assert.Contains($"agency 55500555 ({agency.Id})".ToUpperInvariant(), refused.Message.ToUpperInvariant());
            Assert.Contains("PRA-2026-0001, PRA-2026-0120", refused.Message);
            Assert.DoesNotContain(db.Database.GetMigrations().First(), await db.Database.GetAppliedMigrationsAsync(Ct));
        }

        await using (var db = database.OpenContext())
        {
            var licence = await db.Licences.SingleAsync(l => l.Id == first.Id, Ct);
            licence.Revoke("Duplicate: the company holds PRA-2026-0120", Actor.System(DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(Ct);
        }
        await using (var db = database.OpenContext())
        {
            await db.ApplyMigrationsAsync(Ct);
            Assert.Contains(db.Database.GetMigrations().First(), await db.Database.GetAppliedMigrationsAsync(Ct));
            db.Licences.Add(Licence.Issue(agency.Id, agency.RegistrationNumber, new DateOnly(2026, 12, 1), 24, 121));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ADatabaseBuiltByTheHandWrittenMigrations_IsBaselined_ThenHasTheSchemaAndTriggersOfANewOne(DatabaseProvider provider)
    {
        await using var old = await TestDatabase.CreateAsync(provider);
        await using var fresh = await TestDatabase.CreateAsync(provider);
        await using (var db = old.OpenContext())
        {
            await RunFrozenScriptAsync(db, provider);
            Assert.Equal(HandWrittenHistory, await db.Database.GetAppliedMigrationsAsync(Ct));

            await db.ApplyMigrationsAsync(Ct);

            Assert.Contains(db.Database.GetMigrations().First(), await db.Database.GetAppliedMigrationsAsync(Ct));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        }
        await using (var db = fresh.OpenContext()) await db.ApplyMigrationsAsync(Ct);

        Assert.Equal(Canonical(await SchemaDescription.DescribeAsync(fresh)), Canonical(await SchemaDescription.DescribeAsync(old)));
        Assert.Equal(await SchemaDescription.DescribeTriggersAsync(fresh), await SchemaDescription.DescribeTriggersAsync(old));
    }

    /// <summary>
    /// The lines with parentheses and text casts left out: PostgreSQL prints a partial index's filter read back from a
    /// dump with its casts placed differently (<c>ARRAY[('a'::character varying)::text]</c> for <c>(ARRAY['a'::character varying]::text[])</c>).
    /// </summary>
    private static List<string> Canonical(IEnumerable<string> lines) =>
        lines.Select(l => Regex.Replace(l, @"[()]|::text(\[\])?", "")).ToList();

    /// <summary>The dump of a database the hand-written migrations built (HandWrittenSchema/*.sql, frozen).</summary>
    private static async Task RunFrozenScriptAsync(LicensingDbContext db, DatabaseProvider provider)
    {
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Foundation", "HandWrittenSchema",
            provider == DatabaseProvider.Sqlite ? "sqlite.sql" : "postgres.sql"), Ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = script;
        await command.ExecuteNonQueryAsync(Ct);
        await connection.CloseAsync();
    }

    /// <summary>The generated schema, with the history the hand-written migrations left in place of the generated one's.</summary>
    private static async Task<TestDatabase> OldDatabaseAsync(DatabaseProvider provider, IEnumerable<string> history)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.OpenContext();
        // The hand-written set built what the Initial baseline builds; later migrations are then still to run.
        await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First(), Ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\"", Ct);
        foreach (var id in history)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({id}, '10.0.14')", Ct);
        }
        return database;
    }
}
