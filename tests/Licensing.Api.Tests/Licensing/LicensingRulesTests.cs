using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Licences;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Licensing;

public abstract class LicensingRulesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AgencyStaff_OfAgencyA_GetNotFoundForEverythingOfAgencyB()
    {
        var a = await TestAgency.CreateAsync(app);
        var b = await TestAgency.CreateAsync(app);
        using var staffA = await app.ClientForAsync(a.StaffEmail, Users.Password);
        using var staffB = await app.ClientForAsync(b.StaffEmail, Users.Password);
        var applicationB = await b.CompleteDraftAsync(staffB);
        var demoLicence = await app.WithDbAsync(db => db.Licences.Select(l => l.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await staffA.GetAsync($"/api/v1/agencies/{b.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffA.GetAsync($"/api/v1/agencies/{b.Id}/branches", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffA.PatchAsJsonAsync($"/api/v1/agencies/{b.Id}", new { phone = "023 000 001" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffA.PostAsJsonAsync($"/api/v1/agencies/{b.Id}/branches", new { name = "x", address = "x", provinceCode = "KH-2" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffA.GetAsync($"/api/v1/licence-applications/{applicationB}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffA.PostAsJsonAsync($"/api/v1/licence-applications/{applicationB}/withdraw", new { message = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffA.GetAsync($"/api/v1/licences/{demoLicence}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffA.PostAsJsonAsync($"/api/v1/licences/{demoLicence}/surrender", new { reason = "x" }, Ct)).StatusCode);

        var listed = await staffA.GetFromJsonAsync<JsonElement>("/api/v1/agencies?pageSize=200", Ct);
        Assert.Equal(a.Id, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var applications = await staffA.GetFromJsonAsync<JsonElement>("/api/v1/licence-applications", Ct);
        Assert.Equal(0, applications.GetProperty("total").GetInt32());
        var licences = await staffA.GetFromJsonAsync<JsonElement>("/api/v1/licences", Ct);
        Assert.Equal(0, licences.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AgencyStaff_ManageTheirBranchesAndTrainingCentres()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var branch = await staff.PostAsJsonAsync($"/api/v1/agencies/{agency.Id}/branches", new { name = "Battambang branch", address = "Village 3", provinceCode = "KH-2" }, Ct);
        Assert.Equal(HttpStatusCode.Created, branch.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostAsJsonAsync($"/api/v1/agencies/{agency.Id}/training-centres", new { name = "PDOT", address = "x", provinceCode = "KH-2" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/agencies/{agency.Id}/training-centres", new { name = "PDOT", address = "x", provinceCode = "KH-2", capacity = 40 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostAsJsonAsync($"/api/v1/agencies/{agency.Id}/branches", new { name = "x", address = "x", provinceCode = "KH-99" }, Ct)).StatusCode);

        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{agency.Id}", Ct);
        Assert.Equal(1, detail.GetProperty("branches").GetArrayLength());
        Assert.Equal(40, detail.GetProperty("trainingCentres")[0].GetProperty("capacity").GetInt32());

        var branchId = (await branch.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/agencies/{agency.Id}/branches/{branchId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.DeleteAsync($"/api/v1/agencies/{agency.Id}/branches/{branchId}", Ct)).StatusCode);
    }

    [Fact]
    [Trait("Rule", "R3")]
    public async Task RegistrationNumberOfALicensedAgency_CannotChange_Is409WithAnExplanation()
    {
        var licensed = await app.WithDbAsync(db => db.Licences.Where(l => l.Status == LicenceStatus.Active).Select(l => l.AgencyId).FirstAsync());
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var response = await officer.PatchAsJsonAsync($"/api/v1/agencies/{licensed}", new { registrationNumber = "99999999" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("licence_not_transferable", problem.GetProperty("code").GetString());
        Assert.Contains("new", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task StaleAgencyEdit_Is409()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var version = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{agency.Id}", Ct)).GetProperty("version").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await staff.PatchAsJsonAsync($"/api/v1/agencies/{agency.Id}", new { version, phone = "+855 11 111 111" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PatchAsJsonAsync($"/api/v1/agencies/{agency.Id}", new { version, phone = "+855 22 222 222" }, Ct)).StatusCode);
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{agency.Id}", Ct);
        Assert.Equal("+855 11 111 111", detail.GetProperty("phone").GetString());
    }

    [Fact]
    [Trait("Rule", "R7")]
    public async Task Renewal_OutsideTheWindow_Is422_AndInsideIt_ExtendsFromTheCurrentExpiry()
    {
        var agency = await LicensedAgencyAsync(expiresInDays: 200);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var notBegun = await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "Renewal" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notBegun.StatusCode);
        Assert.Equal("renewal_window_closed", (await notBegun.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        await SetExpiryAsync(agency.Id, daysFromToday: 30);
        var renewal = await agency.CompleteDraftAsync(staff, "Renewal");
        await SetExpiryAsync(agency.Id, daysFromToday: 200);
        var refused = await staff.PostAsJsonAsync($"/api/v1/licence-applications/{renewal}/submit", new { }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("renewal_window_closed", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        var expiresOn = await SetExpiryAsync(agency.Id, daysFromToday: 30);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/licence-applications/{renewal}/submit", new { }, Ct)).StatusCode);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        await officer.PostAsync($"/api/v1/licence-applications/{renewal}/start-review", null, Ct);
        var approved = await (await officer.PostAsJsonAsync($"/api/v1/licence-applications/{renewal}/approve", new { }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(expiresOn.AddMonths(24), DateOnly.Parse(approved.GetProperty("expiresOn").GetString()!));
    }

    [Fact]
    [Trait("Rule", "R6")]
    public async Task ExpirySweep_ExpiresPastDueLicences_KeepsOneWithARenewalUnderReviewActive_AndEndsSuspensions()
    {
        var lapsed = await LicensedAgencyAsync(expiresInDays: -1);
        var renewing = await LicensedAgencyAsync(expiresInDays: 10);
        using var staff = await app.ClientForAsync(renewing.StaffEmail, Users.Password);
        var renewal = await renewing.CompleteDraftAsync(staff, "Renewal");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/licence-applications/{renewal}/submit", new { }, Ct)).StatusCode);
        await SetExpiryAsync(renewing.Id, daysFromToday: -1);
        var suspended = await LicensedAgencyAsync(expiresInDays: 300);
        var suspendedLicence = await app.WithDbAsync(db => db.Licences.Where(l => l.AgencyId == suspended.Id).Select(l => l.Id).SingleAsync());
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        await officer.PostAsJsonAsync($"/api/v1/licences/{suspendedLicence}/suspend", new { reason = "r", until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5) }, Ct);
        await app.WithDbAsync(db => db.Licences.Where(l => l.Id == suspendedLicence).ExecuteUpdateAsync(s => s.SetProperty(l => l.SuspendedUntil, DateOnly.FromDateTime(DateTime.UtcNow))));

        await RunAsync<ExpireLicences.Handler>(h => h.HandleAsync(Ct));
        Assert.Equal(LicenceStatus.Active, await app.WithDbAsync(db => db.Licences.Where(l => l.Id == suspendedLicence).Select(l => l.Status).SingleAsync()));

        var lapsedLicence = await app.WithDbAsync(db => db.Licences.SingleAsync(l => l.AgencyId == lapsed.Id));
        Assert.Equal(LicenceStatus.Expired, lapsedLicence.Status);
        var renewingLicence = await app.WithDbAsync(db => db.Licences.SingleAsync(l => l.AgencyId == renewing.Id));
        Assert.Equal((LicenceStatus.Active, true), (renewingLicence.Status, renewingLicence.RenewalPending));

        using var anonymous = app.CreateClient();
        var verified = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences/{lapsedLicence.Number}", Ct);
        Assert.Equal("Expired", verified.GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Rule", "R6")]
    public async Task ExpiryReminders_AreSentOncePerThreshold_HoweverOftenTheJobRuns()
    {
        var agency = await LicensedAgencyAsync(expiresInDays: 25);
        await RunAsync<SendExpiryReminders.Handler>(h => h.HandleAsync(Ct));
        await RunAsync<SendExpiryReminders.Handler>(h => h.HandleAsync(Ct));

        var licenceId = await app.WithDbAsync(db => db.Licences.Where(l => l.AgencyId == agency.Id).Select(l => l.Id).SingleAsync());
        var keys = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey!.StartsWith($"licence-expiry:{licenceId}:")).Select(m => m.DeduplicationKey!).ToListAsync());
        Assert.Equal(3, keys.Count); // the staff user's inbox and e-mail, and the agency's address
        Assert.All(keys, k => Assert.Contains(":30:", k));

        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var inbox = await Eventually.ReturnsAsync(() => staff.GetFromJsonAsync<JsonElement>("/api/v1/inbox", Ct), p => p.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("subject").GetString()!.Contains("25 days")));
        Assert.Single(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("subject").GetString()!.Contains("expires in"));
    }

    [Fact]
    public async Task LicenceRegister_FiltersAndExportsCsv()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var expiring = await officer.GetFromJsonAsync<JsonElement>("/api/v1/licences?expiringWithinDays=60&pageSize=200", Ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.All(expiring.GetProperty("items").EnumerateArray(), l => Assert.True(DateOnly.Parse(l.GetProperty("expiresOn").GetString()!) <= today.AddDays(60)));
        var battambang = await officer.GetFromJsonAsync<JsonElement>("/api/v1/licences?province=KH-2&pageSize=200", Ct);
        Assert.All(battambang.GetProperty("items").EnumerateArray(), l => Assert.Equal("KH-2", l.GetProperty("provinceCode").GetString()));

        var csv = await officer.GetStringAsync("/api/v1/licences/export.csv?status=Active", Ct);
        var lines = csv.Trim().Split('\n');
        Assert.StartsWith("number,agency_km,agency_en", lines[0].TrimStart('\uFEFF'));
        Assert.True(lines.Length > 100);
        Assert.All(lines.Skip(1), l => Assert.Contains(",Active,", l));
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task OnlyLicensingOfficers_DecideOrSuspend()
    {
        var licence = await app.WithDbAsync(db => db.Licences.Where(l => l.Status == LicenceStatus.Active).Select(l => l.Id).FirstAsync());
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsJsonAsync($"/api/v1/licences/{licence}/suspend", new { reason = "x", until = "2030-01-01" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync("/api/v1/licence-applications", Ct)).StatusCode);
        using var staff = await app.ClientForAsync(DemoLogins.AgencyStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/licences/{licence}/revoke", new { reason = "x" }, Ct)).StatusCode);
    }

    private async Task<TestAgency> LicensedAgencyAsync(int expiresInDays)
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var id = await agency.CompleteDraftAsync(staff);
        await staff.PostAsJsonAsync($"/api/v1/licence-applications/{id}/submit", new { }, Ct);
        await officer.PostAsync($"/api/v1/licence-applications/{id}/start-review", null, Ct);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/licence-applications/{id}/approve", new { }, Ct)).StatusCode);
        await SetExpiryAsync(agency.Id, expiresInDays);
        return agency;
    }

    /// <summary>Moves the agency's licence expiry, standing in for the passing of time.</summary>
    private Task<DateOnly> SetExpiryAsync(Guid agencyId, int daysFromToday) => app.WithDbAsync(async db =>
    {
        var expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday);
        await db.Licences.Where(l => l.AgencyId == agencyId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresOn, expiresOn));
        return expiresOn;
    });

    private async Task RunAsync<THandler>(Func<THandler, Task> run) where THandler : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<THandler>());
    }
}

public sealed class LicensingRulesTestsOnSqlite(SqliteApp app) : LicensingRulesTests<SqliteApp>(app);

public sealed class LicensingRulesTestsOnPostgres(PostgresApp app) : LicensingRulesTests<PostgresApp>(app);
