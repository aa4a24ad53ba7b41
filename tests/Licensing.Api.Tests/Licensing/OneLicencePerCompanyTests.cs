using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Licences;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Licensing;

/// <summary>R31: one company holds one licence at a time, and every status rule and sanction acts on that licence (issue 16, observation 1).</summary>
[Trait("Rule", "R31")]
public abstract class OneLicencePerCompanyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static int _farFutureSequence;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly PhnomPenhToday => PhnomPenh.DateOf(DateTimeOffset.UtcNow);

    [Fact]
    [Trait("Rule", "R2")]
    public async Task R31_Observation1_TheFirstDemoAgency_HoldingAnActiveLicence_IsRefusedANewApplication_InTheReadersLanguage()
    {
        var agencyId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoLogins.AgencyStaff).Select(u => u.AgencyId!.Value).SingleAsync(Ct));
        var number = await app.WithDbAsync(db => db.Licences.Where(l => l.AgencyId == agencyId && l.Status == LicenceStatus.Active).Select(l => l.Number).SingleAsync(Ct));
        using var english = await app.ClientForAsync(DemoLogins.AgencyStaff, language: "en");
        using var khmer = await app.ClientForAsync(DemoLogins.AgencyStaff, language: "km");

        var refused = await english.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct);
        var problem = await ProblemAsync(refused, HttpStatusCode.Conflict, "licence_already_held");
        Assert.Contains($"already holds licence {number} (active)", problem.GetProperty("detail").GetString());
        var inKhmer = await ProblemAsync(await khmer.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct), HttpStatusCode.Conflict, "licence_already_held");
        Assert.Contains($"ក្រុមហ៊ុននេះកាន់អាជ្ញាប័ណ្ណ {number}", inKhmer.GetProperty("detail").GetString());

        Assert.False(await app.WithDbAsync(db => db.LicenceApplications.AnyAsync(a => a.AgencyId == agencyId, Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Licences.CountAsync(l => l.AgencyId == agencyId, Ct)));
    }

    [Fact]
    public async Task R31_ANewApplication_IsRefusedAtSubmission_AndApprovalRechecks_WhenTheCompanyMeanwhileHoldsALicence()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var application = await agency.CompleteDraftAsync(staff);

        var meanwhile = await IssueDirectlyAsync(agency);
        await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/licence-applications/{application}/submit", new { }, Ct), HttpStatusCode.Conflict, "licence_already_held");

        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/licences/{meanwhile}/revoke", new { reason = "Issued in error" }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/licence-applications/{application}/submit", new { }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsync($"/api/v1/licence-applications/{application}/start-review", null, Ct));
        var heldNow = await IssueDirectlyAsync(agency);

        var approval = await officer.PostAsJsonAsync($"/api/v1/licence-applications/{application}/approve", new { }, Ct);
        await ProblemAsync(approval, HttpStatusCode.Conflict, "licence_already_held");
        var held = await app.WithDbAsync(db => db.Licences.Held().Where(l => l.AgencyId == agency.Id).Select(l => l.Id).ToListAsync(Ct));
        Assert.Equal([heldNow], held);
        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/licence-applications/{application}", Ct);
        Assert.Equal("UnderReview", detail.GetProperty("status").GetString());
    }

    [Fact]
    public async Task R31_TheDatabaseRefusesASecondHeldLicence_ButKeepsRevokedOnesBesideIt()
    {
        var agency = await TestAgency.CreateAsync(app);
        var first = await IssueDirectlyAsync(agency);
        await Assert.ThrowsAsync<DbUpdateException>(() => IssueDirectlyAsync(agency));

        await app.WithDbAsync(async db =>
        {
            var licence = await db.Licences.SingleAsync(l => l.Id == first, Ct);
            licence.Revoke("Test", Actor.System(DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync(Ct);
        });
        await IssueDirectlyAsync(agency);
        Assert.Equal(2, await app.WithDbAsync(db => db.Licences.CountAsync(l => l.AgencyId == agency.Id, Ct)));
    }

    [Fact]
    [Trait("Rule", "R6")]
    public async Task R31_Observation1_ASuspendedLicence_BlocksJobOrdersAndAssigningWorkers_AndTheSweepEndsOnlyItsSuspension()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password, language: "km");
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var approvedOrder = await CreateApprovedJobOrderAsync(staff, officer);
        var pendingOrder = await CreateJobOrderAsync(staff);
        var worker = await RegisterAsync(staff, jobOrderId: null);
        await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct), HttpStatusCode.Conflict, "licence_already_held");

        var complaint = await FiledComplaint.FileAsync(app, agency.Agency.Id);
        await ImposeAsync(officer, agency.Agency.Id, complaint.Id, new { kind = "Suspension", suspensionMonths = 1 });
        Assert.Equal(LicenceStatus.Suspended, await StatusAsync(agency.LicenceId));

        var order = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/job-orders", new
        {
            countryCode = "TH", employerName = "Fictitious Employer Co., Ltd.", employerAddress = "1 Industrial Road", sectorCode = "construction",
            occupation = "General worker", workersRequested = 5, monthlyWage = 400m, currency = "USD", contractMonths = 24,
        }, Ct), HttpStatusCode.Conflict, "licence_not_active");
        Assert.Contains("ត្រូវបានផ្អាក", order.GetProperty("detail").GetString());
        await ProblemAsync(await officer.PostAsJsonAsync($"/api/v1/job-orders/{pendingOrder}/approve", new { note = "Employer verified." }, Ct), HttpStatusCode.Conflict, "licence_not_active");
        await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/workers/{worker}/deployments", new { jobOrderId = approvedOrder }, Ct), HttpStatusCode.Conflict, "licence_not_active");

        await app.WithDbAsync(db => db.Licences.Where(l => l.Id == agency.LicenceId).ExecuteUpdateAsync(s => s.SetProperty(l => l.SuspendedUntil, PhnomPenhToday), Ct));
        await RunAsync<ExpireLicences.Handler>(h => h.HandleAsync(Ct));
        Assert.Equal(LicenceStatus.Active, await StatusAsync(agency.LicenceId));
        Assert.Equal(1, await app.WithDbAsync(db => db.Licences.CountAsync(l => l.AgencyId == agency.Agency.Id, Ct)));
        await ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/deployments", new { jobOrderId = approvedOrder }, Ct));
    }

    [Fact]
    [Trait("Rule", "R3")]
    [Trait("Rule", "R7")]
    public async Task R31_Observation1_RevocationHitsTheAgencysLicence_ThenItsNewLicenceIsTheOneSanctionsRenewalAndVerificationSee()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var revocation = await ImposeAsync(officer, agency.Agency.Id, (await FiledComplaint.FileAsync(app, agency.Agency.Id)).Id, new { kind = "Revocation" });
        Assert.Equal(LicenceStatus.Revoked, await StatusAsync(agency.LicenceId));

        var second = await agency.Agency.CompleteDraftAsync(staff);
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/licence-applications/{second}/submit", new { }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsync($"/api/v1/licence-applications/{second}/start-review", null, Ct));
        var approved = await officer.PostAsJsonAsync($"/api/v1/licence-applications/{second}/approve", new { }, Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var newLicence = (await approved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("licenceId").GetGuid();

        // An appeal upheld against the old revocation must not bring back a second licence.
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/sanctions/{revocation}/appeal", new { grounds = "The complaint was withdrawn." }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsJsonAsync($"/api/v1/sanctions/{revocation}/appeal-decision", new { outcome = "Upheld", reason = "The complaint was withdrawn." }, Ct));
        Assert.Equal((LicenceStatus.Revoked, LicenceStatus.Active), (await StatusAsync(agency.LicenceId), await StatusAsync(newLicence)));

        await ImposeAsync(officer, agency.Agency.Id, (await FiledComplaint.FileAsync(app, agency.Agency.Id)).Id, new { kind = "Suspension", suspensionMonths = 2 });
        Assert.Equal((LicenceStatus.Revoked, LicenceStatus.Suspended), (await StatusAsync(agency.LicenceId), await StatusAsync(newLicence)));

        await app.WithDbAsync(db => db.Licences.Where(l => l.Id == newLicence)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)), Ct));
        var renewal = await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "Renewal" }, Ct);
        Assert.Equal(HttpStatusCode.Created, renewal.StatusCode);
        var renewalId = (await renewal.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(newLicence, (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/licence-applications/{renewalId}", Ct)).GetProperty("licenceId").GetGuid());

        using var anonymous = app.CreateClient();
        var numbers = await app.WithDbAsync(db => db.Licences.Where(l => l.AgencyId == agency.Agency.Id).ToDictionaryAsync(l => l.Id, l => l.Number, Ct));
        Assert.Equal("Revoked", (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences/{numbers[agency.LicenceId]}", Ct)).GetProperty("status").GetString());
        Assert.Equal("Suspended", (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences/{numbers[newLicence]}", Ct)).GetProperty("status").GetString());
        var agencyPage = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{agency.Agency.Id}", Ct);
        Assert.Equal(numbers[newLicence], agencyPage.GetProperty("licence").GetProperty("number").GetString());
    }

    [Fact]
    public async Task R31_ConcurrentApprovals_EachIssueADistinctNumber_OrTheLoserIsTold409_NeverA500()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var applications = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var agency = await TestAgency.CreateAsync(app);
            using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
            var id = await agency.CompleteDraftAsync(staff);
            await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/licence-applications/{id}/submit", new { }, Ct));
            await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsync($"/api/v1/licence-applications/{id}/start-review", null, Ct));
            applications.Add(id);
        }

        var responses = await Task.WhenAll(applications.Select(id => officer.PostAsJsonAsync($"/api/v1/licence-applications/{id}/approve", new { }, Ct)));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        foreach (var (response, id) in responses.Zip(applications).Where(p => p.First.StatusCode == HttpStatusCode.Conflict))
        {
            await ProblemAsync(response, HttpStatusCode.Conflict, "licence_number_taken");
            await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/licence-applications/{id}/approve", new { }, Ct));
        }
        var numbers = await app.WithDbAsync(db => db.LicenceApplications.Where(a => applications.Contains(a.Id))
            .Join(db.Licences, a => a.LicenceId, l => l.Id, (a, l) => l.Number).ToListAsync(Ct));
        Assert.Equal(4, numbers.Distinct().Count());
    }

    private async Task<Guid> ImposeAsync(HttpClient officer, Guid agencyId, Guid complaintId, object kind)
    {
        var terms = JsonSerializer.SerializeToElement(kind);
        var body = new Dictionary<string, object?>
        {
            ["agencyId"] = agencyId, ["source"] = "Complaint", ["sourceId"] = complaintId,
            ["legalBasis"] = "Prakas 047/13 (fictitious article)", ["reason"] = "Passports confiscated.",
        };
        foreach (var property in terms.EnumerateObject()) body[property.Name] = property.Value;
        var response = await officer.PostAsJsonAsync("/api/v1/sanctions", body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>An active licence written straight to the database, as a rival approval or legacy data would leave it (numbered in 2099, clear of the sequence the tests' approvals use).</summary>
    private Task<Guid> IssueDirectlyAsync(TestAgency agency) => app.WithDbAsync(async db =>
    {
        var licence = Licence.Issue(agency.Id, agency.RegistrationNumber, new DateOnly(2099, 1, 1), 24, Interlocked.Increment(ref _farFutureSequence));
        db.Licences.Add(licence);
        await db.SaveChangesAsync(Ct);
        return licence.Id;
    });

    private Task<LicenceStatus> StatusAsync(Guid licenceId) =>
        app.WithDbAsync(db => db.Licences.Where(l => l.Id == licenceId).Select(l => l.Status).SingleAsync(Ct));

    private async Task RunAsync<THandler>(Func<THandler, Task> run) where THandler : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }
}

public sealed class OneLicencePerCompanyTestsOnSqlite(SqliteApp app) : OneLicencePerCompanyTests<SqliteApp>(app);

public sealed class OneLicencePerCompanyTestsOnPostgres(PostgresApp app) : OneLicencePerCompanyTests<PostgresApp>(app);
