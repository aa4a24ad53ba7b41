using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Inspections;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Inspections;

public abstract class InspectionJourneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => global::Licensing.Domain.Calendar.PhnomPenh.DateOf(DateTimeOffset.UtcNow);

    [Fact]
    [Trait("Rule", "R10")]
    public async Task Schedule_Notice_Visit_Finding_Evidence_FollowUp_Closed()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var inspectorId = await UserIdAsync(inspector);
        var before = await StatisticsAsync(chief);

        var id = await CreateAsync(chief, agency.Id, announced: true);
        Assert.Equal(HttpStatusCode.NoContent, (await chief.PostAsJsonAsync($"/api/v1/inspections/{id}/schedule", new { date = Today.AddDays(5), inspectorIds = new[] { inspectorId } }, Ct)).StatusCode);

        await RunRemindersAsync();
        var notice = await Eventually.ReturnsAsync(() => staff.GetFromJsonAsync<JsonElement>("/api/v1/inbox", Ct), p => p.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("subject").GetString()!.StartsWith("Notice of inspection")));
        Assert.Single(notice.GetProperty("items").EnumerateArray(), i => i.GetProperty("subject").GetString()!.StartsWith("Notice of inspection"));

        Assert.Equal(HttpStatusCode.NoContent, (await inspector.PostAsync($"/api/v1/inspections/{id}/start", null, Ct)).StatusCode);
        var detail = await inspector.GetFromJsonAsync<JsonElement>($"/api/v1/inspections/{id}", Ct);
        var codes = detail.GetProperty("checklist").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();
        Assert.Equal(12, codes.Count);
        foreach (var code in codes)
        {
            var answer = code == "passports-held-by-workers" ? "NonCompliant" : "Compliant";
            Assert.Equal(HttpStatusCode.NoContent, (await inspector.PutAsJsonAsync($"/api/v1/inspections/{id}/answers/{code}", new { answer, note = "" }, Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NoContent, (await inspector.PutAsJsonAsync($"/api/v1/inspections/{id}/answers/licence-displayed", new { answer = "Compliant", note = "" }, Ct)).StatusCode);
        using var photo = new MultipartFormDataContent { { new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46]), "file", "drawer.jpg" } };
        var photoUpload = await inspector.PostAsync($"/api/v1/inspections/{id}/answers/passports-held-by-workers/photos", photo, Ct);
        Assert.Equal(HttpStatusCode.Created, photoUpload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync(photoUpload.Headers.Location, Ct)).StatusCode);

        var incomplete = await inspector.PostAsJsonAsync($"/api/v1/inspections/{id}/complete", new { findings = Array.Empty<object>() }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        var completed = await inspector.PostAsJsonAsync($"/api/v1/inspections/{id}/complete", new
        {
            findings = new[] { new { itemCode = "passports-held-by-workers", severity = "Critical", description = "12 passports kept in the office", correctiveAction = "Return every passport to its owner" } },
        }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, completed.StatusCode);

        var seen = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/inspections/{id}", Ct);
        Assert.Equal("CorrectiveActionsRequired", seen.GetProperty("status").GetString());
        var finding = seen.GetProperty("findings")[0];
        Assert.True(finding.GetProperty("flaggedForSanction").GetBoolean());
        Assert.Equal(Today.AddDays(30), DateOnly.Parse(finding.GetProperty("dueOn").GetString()!));

        using var form = new MultipartFormDataContent { { new StringContent("All passports returned; signed receipts attached."), "note" }, { new ByteArrayContent(TestAgency.Pdf), "file", "receipts.pdf" } };
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/inspections/{id}/corrective-actions/{finding.GetProperty("id").GetGuid()}", form, Ct)).StatusCode);

        var followUp = await chief.PostAsJsonAsync($"/api/v1/inspections/{id}/follow-ups", new { plannedFor = Today.AddDays(20) }, Ct);
        var followUpId = (await followUp.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await chief.PostAsJsonAsync($"/api/v1/inspections/{followUpId}/schedule", new { date = Today.AddDays(20), inspectorIds = new[] { inspectorId } }, Ct);
        await inspector.PostAsync($"/api/v1/inspections/{followUpId}/start", null, Ct);
        foreach (var code in codes) await inspector.PutAsJsonAsync($"/api/v1/inspections/{followUpId}/answers/{code}", new { answer = "Compliant" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, (await inspector.PostAsJsonAsync($"/api/v1/inspections/{followUpId}/complete", new { findings = Array.Empty<object>() }, Ct)).StatusCode);

        var closed = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/inspections/{id}", Ct);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal("Verified", closed.GetProperty("findings")[0].GetProperty("status").GetString());

        var after = await StatisticsAsync(chief);
        Assert.Equal(Plus(before.KH12, [2, 2, 0, 1]), after.KH12);
        Assert.Equal(Plus(before.Passports, [1, 0, 0, 1]), after.Passports);
        var csv = await chief.GetStringAsync($"/api/v1/inspections/statistics.csv?year={Today.Year}", Ct);
        Assert.Contains("checklist-item,passports-held-by-workers", csv);
    }

    [Fact]
    public async Task UnannouncedVisit_IsHiddenFromTheAgencyUntilItStarts()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var id = await CreateAsync(chief, agency.Id, announced: false);
        await chief.PostAsJsonAsync($"/api/v1/inspections/{id}/schedule", new { date = Today.AddDays(2), inspectorIds = new[] { await UserIdAsync(inspector) } }, Ct);

        await RunRemindersAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/inspections/{id}", Ct)).StatusCode);
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>("/api/v1/inspections", Ct)).GetProperty("total").GetInt32());
        var inbox = await staff.GetFromJsonAsync<JsonElement>("/api/v1/inbox", Ct);
        Assert.DoesNotContain(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("subject").GetString()!.Contains("inspection", StringComparison.OrdinalIgnoreCase));

        await inspector.PostAsync($"/api/v1/inspections/{id}/start", null, Ct);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/inspections/{id}", Ct)).StatusCode);

        var other = await TestAgency.CreateAsync(app);
        using var otherStaff = await app.ClientForAsync(other.StaffEmail, Users.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/api/v1/inspections/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Reminders_AreWrittenOncePerInspectionAndKind_HoweverOftenTheJobRuns()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        var id = await CreateAsync(chief, agency.Id, announced: true);
        await chief.PostAsJsonAsync($"/api/v1/inspections/{id}/schedule", new { date = Today.AddDays(1), inspectorIds = new[] { await UserIdAsync(inspector) } }, Ct);

        await RunRemindersAsync();
        await RunRemindersAsync();

        var keys = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey!.Contains(id.ToString())).Select(m => m.DeduplicationKey!).ToListAsync());
        Assert.Equal(2, keys.Count(k => k.StartsWith("inspection-inspector:"))); // inbox and e-mail of the one inspector
        Assert.Equal(3, keys.Count(k => k.StartsWith("inspection-notice:"))); // the staff user's inbox and e-mail, the agency's address
    }

    [Fact]
    public async Task SchedulingAnInspectorWithADeclaredConflict_Is409()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var email = await Users.CreateAsync(app, "Inspector");
        using var conflicted = await app.ClientForAsync(email, Users.Password);
        Assert.Equal(HttpStatusCode.NoContent, (await conflicted.PostAsJsonAsync("/api/v1/inspections/conflicts", new { agencyId = agency.Id, reason = "My brother is a director" }, Ct)).StatusCode);

        var id = await CreateAsync(chief, agency.Id, announced: true);
        var refused = await chief.PostAsJsonAsync($"/api/v1/inspections/{id}/schedule", new { date = Today.AddDays(3), inspectorIds = new[] { await UserIdAsync(conflicted) } }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("inspector_conflict", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
    }

    [Fact]
    [Trait("Rule", "R8")]
    [Trait("Rule", "R9")]
    public async Task Plan_CoversEveryLicensedSite_WithProposedTeams_AndAPlannedVisitIsScheduledAndAnnounced()
    {
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var created = await chief.PostAsJsonAsync("/api/v1/inspection-plans", new { year = Today.Year + 1 }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await chief.PostAsJsonAsync("/api/v1/inspection-plans", new { year = Today.Year + 1 }, Ct)).StatusCode);

        var expectedSites = await app.WithDbAsync(async db =>
        {
            var licensed = db.Licences.Where(l => l.Status == LicenceStatus.Active || l.Status == LicenceStatus.Suspended).Select(l => l.AgencyId);
            return await db.Agencies.Where(a => licensed.Contains(a.Id)).SumAsync(a => 1 + a.Branches.Count + a.TrainingCentres.Count);
        });
        var plan = await chief.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString(), Ct);
        Assert.Equal(expectedSites, plan.GetProperty("total").GetProperty("due").GetInt32());
        Assert.Equal(0, plan.GetProperty("total").GetProperty("overdue").GetInt32());

        var planId = plan.GetProperty("id").GetGuid();
        var accepted = await (await chief.PostAsync($"/api/v1/inspection-plans/{planId}/accept-proposals", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(expectedSites, accepted.GetProperty("scheduled").GetInt32());
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        var mine = await inspector.GetFromJsonAsync<JsonElement>($"/api/v1/inspections?mine=true&planId={planId}&pageSize=1", Ct);
        Assert.Equal(expectedSites, mine.GetProperty("total").GetInt32());

        // A planned visit brought forward to the end of the notice period reaches the agency as a notice.
        await Users.PreferEnglishAsync(app, DemoLogins.AgencyStaff);
        using var staff = await app.ClientForAsync(DemoLogins.AgencyStaff);
        var agencyId = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct)).GetProperty("agencyId").GetGuid();
        var visit = (await chief.GetFromJsonAsync<JsonElement>($"/api/v1/inspections?planId={planId}&agencyId={agencyId}&pageSize=1", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var rescheduled = await chief.PostAsJsonAsync($"/api/v1/inspections/{visit}/schedule",
            new { date = Today.AddDays(7), inspectorIds = new[] { await UserIdAsync(inspector) }, reason = "Brought forward after a complaint" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, rescheduled.StatusCode);
        await RunRemindersAsync();
        var inbox = await Eventually.ReturnsAsync(() => staff.GetFromJsonAsync<JsonElement>("/api/v1/inbox?pageSize=200", Ct),
            p => p.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("subject").GetString()!.StartsWith($"Notice of inspection on {Today.AddDays(7):yyyy-MM-dd}")));
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("subject").GetString()!.StartsWith($"Notice of inspection on {Today.AddDays(7):yyyy-MM-dd}"));
    }

    private static async Task<Guid> CreateAsync(HttpClient chief, Guid agencyId, bool announced)
    {
        var response = await chief.PostAsJsonAsync("/api/v1/inspections", new { agencyId, plannedFor = Today.AddDays(3), announced }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>This year's KH-12 row (inspections, done, overdue, findings) and passports row (non-compliant, minor, major, critical).</summary>
    private static async Task<(int[] KH12, int[] Passports)> StatisticsAsync(HttpClient chief)
    {
        var statistics = await chief.GetFromJsonAsync<JsonElement>($"/api/v1/inspections/statistics?year={Today.Year}", Ct);
        var province = statistics.GetProperty("byProvince").EnumerateArray().FirstOrDefault(p => p.GetProperty("provinceCode").GetString() == "KH-12");
        var item = statistics.GetProperty("byItem").EnumerateArray().FirstOrDefault(i => i.GetProperty("itemCode").GetString() == "passports-held-by-workers");
        return (Read(province, "inspections", "done", "overdue", "findings"), Read(item, "nonCompliant", "minor", "major", "critical"));

        static int[] Read(JsonElement row, params string[] names) =>
            names.Select(n => row.ValueKind == JsonValueKind.Undefined ? 0 : row.GetProperty(n).GetInt32()).ToArray();
    }

    private static int[] Plus(int[] counts, int[] added) => counts.Zip(added, (a, b) => a + b).ToArray();

    private static async Task<Guid> UserIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct)).GetProperty("id").GetGuid();

    private async Task RunRemindersAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendInspectionReminders.Handler>().HandleAsync(Ct);
    }
}

public sealed class InspectionJourneyTestsOnSqlite(SqliteApp app) : InspectionJourneyTests<SqliteApp>(app);

public sealed class InspectionJourneyTestsOnPostgres(PostgresApp app) : InspectionJourneyTests<PostgresApp>(app);
