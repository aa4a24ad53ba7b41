using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Security;

/// <summary>
/// Sub-Decree 190 Art. 5: MLVT is the competent ministry; the Ministry of Interior and the embassies
/// (MFAIC) cooperate. They see the workers their role needs, but only MLVT decides.
/// </summary>
public abstract class CompetentMinistryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R1")]
    public async Task InteriorAndEmbassies_SeeTheWorkersAbroad_ButOnlyTheMinistryDecides()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        var agency = worker.Agency;
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var pending = await CreateJobOrderAsync(staff);
        using var interior = await app.ClientForAsync(DemoLogins.InteriorOfficer);
        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        using var ministry = await app.ClientForAsync(DemoLogins.LicensingOfficer);

        foreach (var cooperating in new[] { interior, embassy })
        {
            Assert.Equal(HttpStatusCode.OK, (await cooperating.GetAsync($"/api/v1/workers/{worker.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await cooperating.PostAsJsonAsync($"/api/v1/job-orders/{pending}/approve", new { note = "x" }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await cooperating.PostAsJsonAsync($"/api/v1/licences/{agency.LicenceId}/suspend",
                new { reason = "x", until = Today.AddMonths(1) }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await cooperating.PostAsJsonAsync("/api/v1/inspections",
                new { agencyId = agency.Agency.Id, plannedFor = Today.AddDays(10), announced = true }, Ct)).StatusCode);
        }
        var masked = await embassy.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{worker.Id}", Ct);
        Assert.True(masked.GetProperty("identityMasked").GetBoolean());

        await ExpectAsync(HttpStatusCode.NoContent, ministry.PostAsJsonAsync($"/api/v1/job-orders/{pending}/approve", new { note = "Employer verified." }, Ct));
        await ExpectAsync(HttpStatusCode.OK, ministry.PostAsJsonAsync($"/api/v1/licences/{agency.LicenceId}/suspend",
            new { reason = "Passports withheld", until = Today.AddMonths(1) }, Ct));
        var licence = await ministry.GetFromJsonAsync<JsonElement>($"/api/v1/licences/{agency.LicenceId}", Ct);
        Assert.Equal("Suspended", licence.GetProperty("status").GetString());
    }
}

public sealed class CompetentMinistryTestsOnSqlite(SqliteApp app) : CompetentMinistryTests<SqliteApp>(app);

public sealed class CompetentMinistryTestsOnPostgres(PostgresApp app) : CompetentMinistryTests<PostgresApp>(app);
