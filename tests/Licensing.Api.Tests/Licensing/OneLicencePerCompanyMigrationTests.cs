using Licensing.Api.Tests.Support;
using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Licensing;

/// <summary>A register that already holds two licences for one company stops the R31 migration, which names the company, instead of breaking silently.</summary>
[Trait("Rule", "R31")]
public sealed class OneLicencePerCompanyMigrationTests
{
    private const string Migration = "20261204010000_OneLicencePerCompany";
    private const string Index = "IX_Licences_AgencyId_Held";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task R31_Migration_RefusesARegisterWithTwoHeldLicencesForOneCompany_NamingIt_ThenRunsOnceOneIsRevoked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.OpenContext()) await db.Database.MigrateAsync(Ct);

        // The register as it stood before the migration, with one company holding two licences.
        var agency = new Agency(new LocalizedText("ក្រុមហ៊ុន សាកល្បង ឯ.ក", "Twice Licensed Co., Ltd."), "55500555", "L001-555", new Address("No. 1, Street 1", "KH-12"),
            "+855 23 000 000", "info@twice.example", "Director (fictitious)");
        var first = Licence.Issue(agency.Id, agency.RegistrationNumber, new DateOnly(2026, 1, 5), 24, 1);
        var second = Licence.Issue(agency.Id, agency.RegistrationNumber, new DateOnly(2026, 11, 20), 24, 120);
        await using (var db = database.OpenContext())
        {
            await db.Database.ExecuteSqlRawAsync($"DROP INDEX \"{Index}\"", Ct);
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{Migration}'", Ct);
            db.Agencies.Add(agency);
            db.Licences.AddRange(first, second);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.OpenContext())
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.MigrateAsync(Ct));
            Assert.Contains("R31", refused.Message);
            Assert.Contains($"agency 55500555 ({agency.Id})".ToUpperInvariant(), refused.Message.ToUpperInvariant());
            Assert.Contains("PRA-2026-0001, PRA-2026-0120", refused.Message);
        }

        await using (var db = database.OpenContext())
        {
            var licence = await db.Licences.SingleAsync(l => l.Id == first.Id, Ct);
            licence.Revoke("Duplicate: the company holds PRA-2026-0120", Actor.System(DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(Ct);
        }
        await using (var db = database.OpenContext())
        {
            await db.Database.MigrateAsync(Ct);
            Assert.Contains(Migration, await db.Database.GetAppliedMigrationsAsync(Ct));
            db.Licences.Add(Licence.Issue(agency.Id, agency.RegistrationNumber, new DateOnly(2026, 12, 1), 24, 121));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }
    }
}
