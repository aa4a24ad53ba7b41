using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Inspections;

/// <summary>Prakas 250: ordinary inspections of the premises of every agency, including its PDOT centres.</summary>
public abstract class PremisesPlanTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R8")]
    [Trait("Rule", "R9")]
    public async Task TheYearsPlan_VisitsTheHeadOfficeEachBranchAndEachPdotCentre_OfALicensedAgency()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var branch = await staff.PostAsJsonAsync($"/api/v1/agencies/{agency.Agency.Id}/branches", new { name = "Siem Reap branch", address = "Sivatha Road", provinceCode = "KH-17" }, Ct);
        Assert.Equal(HttpStatusCode.Created, branch.StatusCode);

        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var created = await chief.PostAsJsonAsync("/api/v1/inspection-plans", new { year = DateTime.UtcNow.Year + 1 }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var planId = (await chief.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString(), Ct)).GetProperty("id").GetGuid();

        var visits = (await chief.GetFromJsonAsync<JsonElement>($"/api/v1/inspections?planId={planId}&agencyId={agency.Agency.Id}&pageSize=50", Ct))
            .GetProperty("items").EnumerateArray()
            .Select(v => $"{v.GetProperty("kind").GetString()} {v.GetProperty("siteKind").GetString()} {v.GetProperty("provinceCode").GetString()} {v.GetProperty("address").GetString()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Ordinary Branch KH-17 Sivatha Road", "Ordinary HeadOffice KH-12 No. 12, Street 271, Phnom Penh", "Ordinary TrainingCentre KH-2 National Road 5"],
            visits);
    }
}

public sealed class PremisesPlanTestsOnSqlite(SqliteApp app) : PremisesPlanTests<SqliteApp>(app);

public sealed class PremisesPlanTestsOnPostgres(PostgresApp app) : PremisesPlanTests<PostgresApp>(app);
