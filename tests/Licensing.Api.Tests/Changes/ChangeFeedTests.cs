using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Changes;

/// <summary>
/// The change feeds (ADR-029): a copy kept by replaying them from an empty start equals what the GETs answer, within the
/// reader's scope; the cursor and the page size are range-checked.
/// </summary>
public abstract class ChangeFeedTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterLicenceAndWorkerChanges_ReplayedFeedsEqualTheGets()
    {
        var licensed = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(licensed.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var licencePath = $"/api/v1/licences/{licensed.LicenceId}";

        var preparing = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "TH"));
        var deployed = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "JP", "manufacturing"));
        await CompletePreDepartureAsync(staff, deployed, licensed.TrainingCentreId);
        await ExpectAsync(HttpStatusCode.OK, staff.PostAsJsonAsync($"/api/v1/workers/{deployed}/fees", new { description = "Service fee", amountUsd = 150m, paidOn = Today, receiptNumber = "R-7" }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, ClearAndDeployAsync(staff, deployed));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/workers/{deployed}/arrival", new { arrivedOn = LocalToday }, Ct));
        await ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync($"/api/v1/workers/{deployed}/on-site-services", new { contactedOn = LocalToday, channel = "Phone", notes = "Settled in." }, Ct));
        await ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync($"/api/v1/workers/{deployed}/repatriations", new { reason = "Illness", requestedBy = "Family", paidBy = "Employer" }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/workers/{deployed}/return", new { outcome = "Repatriated", returnedOn = LocalToday, provinceCode = "KH-2" }, Ct));

        var branch = await staff.PostAsJsonAsync($"/api/v1/agencies/{licensed.Agency.Id}/branches", new { name = "Poipet branch", address = "Road 5", provinceCode = "KH-1" }, Ct);
        await ExpectAsync(HttpStatusCode.NoContent, staff.DeleteAsync($"/api/v1/agencies/{licensed.Agency.Id}/branches/{(await branch.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid()}", Ct));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"{licencePath}/suspend", new { reason = "Passports withheld", until = Today.AddMonths(3) }, Ct));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"{licencePath}/reinstate", new { reason = "Passports returned" }, Ct));
        await RenewAsync(licensed, staff, officer);
        var version = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{licensed.Agency.Id}", Ct)).GetProperty("version").GetGuid();
        await ExpectAsync(HttpStatusCode.OK, officer.PatchAsJsonAsync($"/api/v1/agencies/{licensed.Agency.Id}", new { version, nameEn = "Renamed Recruitment Co., Ltd." }, Ct));
        var revoked = await LicensedAgency.CreateAsync(app);
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/licences/{revoked.LicenceId}/revoke", new { reason = "Fraudulent documents" }, Ct));

        var register = new FeedCopy("register");
        await register.CatchUpAsync(officer, limit: 7);
        Assert.True(register.PagesRead > 2, "The register was read in one page; the test asks for several.");
        await register.AssertEqualsGetsAsync(officer, "licence", "/api/v1/licences", "/api/v1/licences");
        await register.AssertEqualsGetsAsync(officer, "agency", "/api/v1/agencies", "/api/v1/agencies");
        Assert.Equal("Revoked", register.Records[$"licence/{revoked.LicenceId}"]["status"]!.GetValue<string>());

        var workers = new FeedCopy("workers");
        await workers.CatchUpAsync(officer, limit: 5);
        await workers.AssertEqualsGetsAsync(officer, "worker", "/api/v1/workers", "/api/v1/workers");
        Assert.Equal("Returned", workers.Records[$"worker/{deployed}"]["deployments"]![0]!["status"]!.GetValue<string>());
        Assert.Contains(preparing, workers.IdsOf("worker"));

        var own = new FeedCopy("workers");
        await own.CatchUpAsync(staff, limit: 3);
        await own.AssertEqualsGetsAsync(staff, "worker", "/api/v1/workers", "/api/v1/workers");
        Assert.Equal(new[] { deployed, preparing }.Order(), own.IdsOf("worker").Order());
    }

    [Fact]
    public async Task EmbassyOfThailand_ReadsOnlyWorkersDeployedThere()
    {
        var licensed = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(licensed.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var toThailand = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "TH"));
        var toJapan = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "JP", "manufacturing"));
        foreach (var worker in new[] { toThailand, toJapan })
        {
            await CompletePreDepartureAsync(staff, worker, licensed.TrainingCentreId);
            await ExpectAsync(HttpStatusCode.NoContent, ClearAndDeployAsync(staff, worker));
        }

        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        var copy = new FeedCopy("workers");
        await copy.CatchUpAsync(embassy, limit: 10);

        Assert.Contains(toThailand, copy.IdsOf("worker"));
        Assert.DoesNotContain(toJapan, copy.IdsOf("worker"));
        var inThailand = await app.WithDbAsync(db => db.Deployments.Where(d => d.CountryCode == "TH").Select(d => d.WorkerId).Distinct().ToListAsync(Ct));
        Assert.Equal(inThailand.Order(), copy.IdsOf("worker").Order());
        await copy.AssertEachEqualsItsGetAsync(embassy, "worker", "/api/v1/workers");
        Assert.True(copy.Records[$"worker/{toThailand}"]["identityMasked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheThaiEmbassysSystem_ReplaysOnlyWorkersInThailand_AndWithoutTheRegisterScopeIsRefusedTheRegisterFeed()
    {
        var thai = await DeployedWorker.CreateAsync(app, "TH");
        var japanese = await DeployedWorker.CreateAsync(app, "JP", thai.Agency);
        using var admin = await CookieBrowser.SignInAsync(app, DemoLogins.Administrator, Ct);
        var (clientId, secret) = await OpenIdConnectSteps.RegisterAsync(admin, "Thai embassy case system", "System", "embassy:TH", ["workers.read"]);
        var token = await OpenIdConnectSteps.JsonAsync(await OpenIdConnectSteps.ClientCredentialsAsync(app, clientId, secret!, "workers.read"));
        using var system = OpenIdConnectSteps.Client(app, token.GetProperty("access_token").GetString());

        var copy = new FeedCopy("workers");
        await copy.CatchUpAsync(system, limit: 10);

        Assert.Contains(thai.Id, copy.IdsOf("worker"));
        Assert.DoesNotContain(japanese.Id, copy.IdsOf("worker"));
        await copy.AssertEachEqualsItsGetAsync(system, "worker", "/api/v1/workers");
        Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync("/api/v1/changes/register", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/changes/register?since=-1")]
    [InlineData("/api/v1/changes/register?since=99999999999")]
    [InlineData("/api/v1/changes/workers?limit=0")]
    [InlineData("/api/v1/changes/workers?limit=201")]
    [InlineData("/api/v1/changes/workers?since=abc")]
    public async Task ABadCursorOrLimit_Is400(string path)
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var response = await officer.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheWorkersFeed_IsDeniedToThoseWhoMayNotSeeWorkers()
    {
        using var panel = await app.ClientForAsync(DemoLogins.PanelMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync("/api/v1/changes/workers", Ct)).StatusCode);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/changes/register", Ct)).StatusCode);
    }

    /// <summary>Brings the licence's expiry into the renewal window through the unit of work (so the feed sees it), then renews it through the API.</summary>
    private async Task RenewAsync(LicensedAgency licensed, HttpClient staff, HttpClient officer)
    {
        await app.WithDbAsync(async db =>
        {
            var held = await db.Licences.SingleAsync(l => l.Id == licensed.LicenceId, Ct);
            db.Entry(held).Property(l => l.ExpiresOn).CurrentValue = Today.AddDays(30);
            return await db.SaveChangesAsync(Ct);
        });
        var renewal = await licensed.Agency.CompleteDraftAsync(staff, "Renewal");
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/licence-applications/{renewal}/submit", new { }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsync($"/api/v1/licence-applications/{renewal}/start-review", null, Ct));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/licence-applications/{renewal}/approve", new { }, Ct));
    }
}

public sealed class ChangeFeedTestsOnSqlite(SqliteApp app) : ChangeFeedTests<SqliteApp>(app);

public sealed class ChangeFeedTestsOnPostgres(PostgresApp app) : ChangeFeedTests<PostgresApp>(app);
