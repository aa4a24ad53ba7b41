using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using static Licensing.Api.Tests.Support.EvaluationSteps;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Evaluations;

public abstract class RewardAndSanctionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R14")]
    public async Task ExcellentEvaluation_RewardsArePublished_AndTheNextRenewalIsPrioritised()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var evaluation = await OpenDueEvaluationAsync(app, agency);
        var members = new[] { await PanelistAsync(app, "Government"), await PanelistAsync(app, "PrivateSector", (await TestAgency.CreateAsync(app)).Id), await PanelistAsync(app, "DevelopmentPartner") };
        foreach (var member in members) await ExpectAsync(HttpStatusCode.NoContent, SeatAsync(officer, evaluation, member.Id));
        foreach (var member in members)
        {
            using var client = await app.ClientForAsync(member.Email, Users.Password);
            await ExpectAsync(HttpStatusCode.NoContent, ScoreAsync(client, evaluation, 5));
        }

        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/evaluations/{evaluation}/decision",
            new { outcome = "Reward", rewards = new[] { "CertificateOfMerit", "RecognisedAgency", "PriorityProcessing" } }, Ct));
        var rewards = await staff.GetFromJsonAsync<JsonElement>("/api/v1/rewards", Ct);
        Assert.Equal(3, rewards.GetArrayLength());
        var decided = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{evaluation}", Ct);
        Assert.Equal((JsonValueKind.Null, "Excellent"), (decided.GetProperty("panel").ValueKind, decided.GetProperty("result").GetProperty("band").GetString()));

        using var anonymous = app.CreateClient();
        var number = await app.WithDbAsync(db => db.Licences.Where(l => l.Id == agency.LicenceId).Select(l => l.Number).SingleAsync(Ct));
        var ranked = (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/public/rankings", Ct)).EnumerateArray().Single(r => r.GetProperty("licenceNumber").GetString() == number);
        Assert.Equal(("Excellent", true), (ranked.GetProperty("band").GetString(), ranked.GetProperty("recognised").GetBoolean()));
        Assert.Equal(3, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences/{number}/standing", Ct)).GetProperty("rewards").GetArrayLength());

        await app.WithDbAsync(db => db.Licences.Where(l => l.Id == agency.LicenceId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresOn, Today.AddDays(30)), Ct));
        var renewal = await agency.Agency.CompleteDraftAsync(staff, "Renewal");
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/licence-applications/{renewal}/submit", new { }, Ct));
        var queue = await officer.GetFromJsonAsync<JsonElement>("/api/v1/licence-applications?status=Submitted&pageSize=200", Ct);
        Assert.True(queue.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == renewal).GetProperty("priorityProcessing").GetBoolean());
    }

    [Fact]
    public async Task FutureRevocation_TakesEffectThroughTheDailyJob_AndTheAppealDeadlineIsKept()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var complaint = await FiledComplaint.FileAsync(app, agency.Agency.Id);
        var imposed = await officer.PostAsJsonAsync("/api/v1/sanctions", new
        {
            agencyId = agency.Agency.Id, source = "Complaint", sourceId = complaint.Id, kind = "Revocation",
            legalBasis = "Sub-Decree 190 (fictitious article)", reason = "Passports confiscated.", effectiveFrom = Today.AddDays(7),
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, imposed.StatusCode);
        var sanction = (await imposed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var decided = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/sanctions/{sanction}", Ct);
        Assert.Equal(("Decided", PhnomPenh.DateOf(DateTimeOffset.UtcNow).AddDays(15).ToString("yyyy-MM-dd")), (decided.GetProperty("status").GetString(), decided.GetProperty("appealDeadline").GetString()));
        Assert.Equal("Active", (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/licences/{agency.LicenceId}", Ct)).GetProperty("status").GetString());

        await app.WithDbAsync(db => db.Sanctions.Where(s => s.Id == sanction).ExecuteUpdateAsync(s => s.SetProperty(x => x.EffectiveFrom, Today), Ct));
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/sanction-effects/run", null, Ct)).StatusCode);
        var licence = await Eventually.ReturnsAsync(
            () => officer.GetFromJsonAsync<JsonElement>($"/api/v1/licences/{agency.LicenceId}", Ct), l => l.GetProperty("status").GetString() == "Revoked");
        Assert.Equal("Revoked", licence.GetProperty("status").GetString());
        Assert.Equal("InEffect", (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/sanctions/{sanction}", Ct)).GetProperty("status").GetString());
        var missing = await officer.PostAsJsonAsync("/api/v1/sanctions", new { agencyId = agency.Agency.Id, source = "Evaluation", sourceId = Guid.NewGuid(), kind = "Fine", fineAmountUsd = 100m, legalBasis = "x", reason = "y" }, Ct);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "source_unknown"), (missing.StatusCode, await CodeAsync(missing)));
    }

    [Fact]
    [Trait("Rule", "R10")]
    public async Task InspectionFinding_LeadsToASanction_ThroughTheSameUseCase()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var finding = await app.WithDbAsync(db => db.Inspections.SelectMany(i => i.Findings, (i, f) => new { i.AgencyId, f.Id }).FirstAsync(Ct));
        var (agencyId, findingId) = (finding.AgencyId, finding.Id);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/sanctions/new?agencyId={agencyId}&source=InspectionFinding&sourceId={findingId}", Ct)).StatusCode);

        var imposed = await officer.PostAsJsonAsync("/api/v1/sanctions", new
        {
            agencyId, source = "InspectionFinding", sourceId = findingId, kind = "WrittenWarning",
            legalBasis = "Prakas 250 (fictitious article)", reason = "Fees charged without receipts.",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, imposed.StatusCode);
        var listed = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/sanctions?agencyId={agencyId}", Ct);
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("sourceId").GetGuid() == findingId && s.GetProperty("status").GetString() == "InEffect");
    }

    /// <summary>Issue 16, observation 9a: source id 00000000-…-0001 was accepted (201).</summary>
    [Fact]
    [Trait("Rule", "R31")]
    [Trait("Rule", "R10")]
    [Trait("Rule", "R14")]
    public async Task Sanction_MustCiteAnEvaluationFindingOrComplaintThatExistsAndConcernsTheAgency_Else422InTheReadersLanguage()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var other = await TestAgency.CreateAsync(app);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer, language: "km");
        var othersComplaint = await FiledComplaint.FileAsync(app, other.Id);
        var othersFinding = await app.WithDbAsync(db => db.Inspections.SelectMany(i => i.Findings).Select(f => f.Id).FirstAsync(Ct));
        var othersEvaluation = await app.WithDbAsync(db => db.Evaluations.Select(e => e.Id).FirstAsync(Ct));
        Task<HttpResponseMessage> ImposeAsync(string source, Guid sourceId) => officer.PostAsJsonAsync("/api/v1/sanctions", new
        {
            agencyId = agency.Agency.Id, source, sourceId, kind = "WrittenWarning", legalBasis = "Prakas 249 (fictitious article)", reason = "Passport kept.",
        }, Ct);

        foreach (var (source, sourceId) in new[]
        {
            ("Complaint", Guid.Parse("00000000-0000-0000-0000-000000000001")), ("Complaint", othersComplaint.Id),
            ("InspectionFinding", othersFinding), ("Evaluation", othersEvaluation), ("Evaluation", othersComplaint.Id),
        })
        {
            var refused = await ImposeAsync(source, sourceId);
            Assert.Equal((HttpStatusCode.UnprocessableEntity, "source_unknown"), (refused.StatusCode, await CodeAsync(refused)));
            Assert.Contains("ភ្នាក់ងារនេះ", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        }
        Assert.Empty((await officer.GetFromJsonAsync<JsonElement>($"/api/v1/sanctions?agencyId={agency.Agency.Id}", Ct)).EnumerateArray());

        var ownComplaint = await FiledComplaint.FileAsync(app, agency.Agency.Id);
        Assert.Equal(HttpStatusCode.Created, (await ImposeAsync("Complaint", ownComplaint.Id)).StatusCode);
    }
}

public sealed class RewardAndSanctionTestsOnSqlite(SqliteApp app) : RewardAndSanctionTests<SqliteApp>(app);

public sealed class RewardAndSanctionTestsOnPostgres(PostgresApp app) : RewardAndSanctionTests<PostgresApp>(app);
