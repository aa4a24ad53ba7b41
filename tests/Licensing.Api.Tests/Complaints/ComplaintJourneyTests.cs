using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Licensing.Api.Tests.Support.FiledComplaint;

namespace Licensing.Api.Tests.Complaints;

public abstract partial class ComplaintJourneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R24")]
    [Trait("Rule", "R25")]
    public async Task FiledAnonymously_Acknowledged_Answered_Conciliated_Resolved_AndTheComplainantSeesIt()
    {
        var agency = await TestAgency.CreateAsync(app);
        var filed = await FileAsync(app, agency.Id);
        Assert.Matches(TrackingCode(), filed.Code);
        Assert.Matches("^[0-9]{6}$", filed.Pin);
        Assert.Equal("Received", (await filed.StatusAsync(app)).GetProperty("status").GetString());

        using var pdlvt = await app.ClientForAsync(DemoLogins.ProvincialOfficer);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var queue = await pdlvt.GetFromJsonAsync<JsonElement>("/api/v1/complaints?status=Received&pageSize=200", Ct);
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == filed.Id);
        Assert.Empty(await staff.GetFromJsonAsync<JsonElement[]>($"/api/v1/agencies/{agency.Id}/complaints", Ct) ?? []);

        await StepAsync(pdlvt, filed.Id, "steps", new { step = "Acknowledge" });
        var dashboard = await pdlvt.GetFromJsonAsync<JsonElement>("/api/v1/complaints/dashboard", Ct);
        Assert.Contains(dashboard.GetProperty("byAgency").EnumerateArray(), a => a.GetProperty("key").GetString() == agency.Id.ToString() && a.GetProperty("green").GetInt32() == 1);
        await StepAsync(pdlvt, filed.Id, "steps", new { step = "Investigate" });
        await StepAsync(pdlvt, filed.Id, "entries", new { kind = "QuestionToComplainant", text = "When did you give them the passport?" });
        using (var anonymous = app.CreateClient())
        {
            var answered = await anonymous.PostAsJsonAsync("/api/v1/public/complaints/respond", new { code = filed.Code, pin = filed.Pin, action = "AddInformation", text = "On 3 October." }, Ct);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        var mine = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{agency.Id}/complaints/{filed.Id}", Ct);
        Assert.True(mine.GetProperty("answerBy").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        var answer = await staff.PostAsJsonAsync($"/api/v1/agencies/{agency.Id}/complaints/{filed.Id}/answers", new { text = "We will return the passport this week." }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);

        await StepAsync(pdlvt, filed.Id, "steps", new { step = "Conciliate" });
        await StepAsync(pdlvt, filed.Id, "resolve", new { refundUsd = 150m, documentsReturned = true, repatriation = false, terms = "Passport returned and 150 USD refunded." });
        await StepAsync(pdlvt, filed.Id, "settlement-honoured", new { honoured = true });

        var seen = await filed.StatusAsync(app);
        Assert.Equal("Resolved", seen.GetProperty("status").GetString());
        Assert.Equal(150m, seen.GetProperty("settlement").GetProperty("refundUsd").GetDecimal());
        var kinds = seen.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("QuestionToComplainant", kinds);
        Assert.Contains("ComplainantInformation", kinds);
        Assert.DoesNotContain("AgencyAnswer", kinds);

        var record = await pdlvt.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{filed.Id}", Ct);
        Assert.Equal((WorkerName, "Sms"), (record.GetProperty("complainant").GetProperty("workerName").GetString(), record.GetProperty("complainant").GetProperty("preferredContact").GetString()));
        Assert.True(record.GetProperty("settlementHonoured").GetBoolean());
        var viewed = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Viewed" && a.EntityType == "Complaint" && a.EntityId == filed.Id.ToString(), Ct));
        Assert.Equal(1, viewed);

        var statistics = await pdlvt.GetFromJsonAsync<JsonElement>("/api/v1/complaints/statistics", Ct);
        Assert.Contains(statistics.GetProperty("byOutcome").EnumerateArray(), o => o.GetProperty("key").GetString() == "Resolved");
        Assert.Contains(statistics.GetProperty("byAgency").EnumerateArray(), a => a.GetProperty("agencyId").GetGuid() == agency.Id);
        var csv = await pdlvt.GetStringAsync("/api/v1/complaints/statistics/export.csv", Ct);
        Assert.StartsWith("dimension,key,name_km,name_en,complaints,deployed_workers,per_100_deployed", csv.TrimStart('\uFEFF'));
        Assert.Contains($"agency,{agency.Id},", csv);
    }

    [Fact]
    [Trait("Rule", "R24")]
    public async Task TheAgency_NeverSeesAConfidentialComplainant_InTheApiOrItsPages()
    {
        var agency = await TestAgency.CreateAsync(app);
        var confidential = await FileAsync(app, agency.Id);
        var shared = await FileAsync(app, agency.Id, shareIdentity: true);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        foreach (var complaint in new[] { confidential, shared }) await StepAsync(officer, complaint.Id, "steps", new { step = "Acknowledge" });

        var list = await staff.GetStringAsync($"/api/v1/agencies/{agency.Id}/complaints", Ct);
        var hidden = await staff.GetStringAsync($"/api/v1/agencies/{agency.Id}/complaints/{confidential.Id}", Ct);
        var page = await staff.GetStringAsync($"/agency/complaints/{confidential.Id}", Ct);
        Assert.Contains(confidential.Code, page);
        foreach (var text in new[] { list, hidden, page })
        {
            Assert.DoesNotContain("Sok Chanda", text);
            Assert.DoesNotContain("345 987", text);
            Assert.DoesNotContain(Email, text);
            Assert.DoesNotContain("N0000001", text);
        }
        Assert.Contains("\"complainant\":null", hidden);
        Assert.Contains(WorkerName, await staff.GetStringAsync($"/api/v1/agencies/{agency.Id}/complaints/{shared.Id}", Ct));

        using var other = await app.ClientForAsync(DemoLogins.AgencyStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/agencies/{agency.Id}/complaints/{confidential.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task WrongPins_AnswerLikeAnUnknownCode_ThenTheLockSaysUntilWhen_EvenToTheRightPin()
    {
        var filed = await FileAsync(app, null);
        using var anonymous = app.CreateClient();
        var unknown = await anonymous.PostAsJsonAsync("/api/v1/public/complaints/track", new { code = "C-2222-2222", pin = "123456" }, Ct);
        var unknownBody = await ProblemAsync(unknown);
        var wrongPin = filed.Pin == "000000" ? "000001" : "000000";
        for (var i = 0; i < 4; i++)
        {
            var wrong = await filed.TrackAsync(anonymous, wrongPin);
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
            Assert.Equal(unknownBody, await ProblemAsync(wrong));
        }
        var fifth = await filed.TrackAsync(anonymous, wrongPin);
        var lockedUntil = await app.WithDbAsync(db => Task.FromResult(db.Complaints.Single(c => c.Id == filed.Id).PinLockedUntil!.Value));
        var until = global::Licensing.Domain.Calendar.PhnomPenh.LocalTime(lockedUntil).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var locked in new[] { fifth, await filed.TrackAsync(anonymous) })
        {
            Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
            var problem = await locked.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal("complaint_locked", problem.GetProperty("code").GetString());
            Assert.Contains($"locked until {until} (Phnom Penh time)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "R24")]
    public async Task AComplaintAgainstAnUnlicensedRecruiter_IsToldToTheMinistryOfInterior()
    {
        var filed = await FileAsync(app, null, category: "JobDeception");
        var interior = await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey!.StartsWith($"complaint-interior:{filed.Id}:"), Ct));
        Assert.True(interior >= 2);
        using var moi = await app.ClientForAsync(DemoLogins.InteriorOfficer);
        Assert.Equal(HttpStatusCode.OK, (await moi.GetAsync($"/api/v1/complaints/{filed.Id}", Ct)).StatusCode);
        using var pdlvt = await app.ClientForAsync(DemoLogins.ProvincialOfficer);
        var refused = await pdlvt.PostAsJsonAsync($"/api/v1/complaints/{filed.Id}/steps", new { step = "Acknowledge" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return $"{problem.GetProperty("title").GetString()}|{problem.GetProperty("detail").GetString()}|{problem.GetProperty("code").GetString()}";
    }

    [GeneratedRegex("^C-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")]
    private static partial Regex TrackingCode();
}

public sealed class ComplaintJourneyTestsOnSqlite(SqliteApp app) : ComplaintJourneyTests<SqliteApp>(app);

public sealed class ComplaintJourneyTestsOnPostgres(PostgresApp app) : ComplaintJourneyTests<PostgresApp>(app);
