using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using static Licensing.Api.Tests.Support.EvaluationSteps;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Evaluations;

public abstract class EvaluationJourneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R11")]
    [Trait("Rule", "R12")]
    [Trait("Rule", "R13")]
    [Trait("Rule", "R14")]
    public async Task Due_Panel_Scores_Band_Suspension_PublicRecord_AppealUpheld_Reinstated()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var jobOrder = await CreateApprovedJobOrderAsync(staff, officer);
        var worker = await RegisterAsync(staff, null);
        var evaluation = await OpenDueEvaluationAsync(app, agency);

        var otherAgency = await TestAgency.CreateAsync(app);
        var members = new[] { await PanelistAsync(app, "Government"), await PanelistAsync(app, "PrivateSector", otherAgency.Id), await PanelistAsync(app, "DevelopmentPartner") };
        foreach (var member in members) await ExpectAsync(HttpStatusCode.NoContent, SeatAsync(officer, evaluation, member.Id));
        var clients = new List<HttpClient>();
        foreach (var member in members) clients.Add(await app.ClientForAsync(member.Email, Users.Password));

        var evidence = await clients[0].GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{evaluation}/evidence", Ct);
        Assert.Equal(["inspections", "deployments", "repatriations", "complaints", "disappearances"], evidence.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        await ExpectAsync(HttpStatusCode.NoContent, ScoreAsync(clients[0], evaluation, 2));
        await ExpectAsync(HttpStatusCode.NoContent, ScoreAsync(clients[1], evaluation, 2));
        var early = await officer.PostAsJsonAsync($"/api/v1/evaluations/{evaluation}/decision", new { outcome = "Warning", sanction = new { kind = "WrittenWarning", legalBasis = "Prakas 251" } }, Ct);
        Assert.Equal((HttpStatusCode.Conflict, "not_scored"), (early.StatusCode, await CodeAsync(early)));
        await ExpectAsync(HttpStatusCode.NoContent, ScoreAsync(clients[2], evaluation, 1));

        var scored = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{evaluation}", Ct);
        var result = scored.GetProperty("result");
        Assert.Equal(("Scored", 1.67m, "Poor", "Warning"), (scored.GetProperty("status").GetString(), result.GetProperty("overall").GetDecimal(),
            result.GetProperty("band").GetString(), result.GetProperty("suggestion").GetString()));
        Assert.Equal(1.67m, result.GetProperty("criterionMeans").GetProperty("Repatriation").GetDecimal());

        var suspension = new { kind = "Suspension", suspensionMonths = 3, legalBasis = "Prakas 251, Art. 8 (fictitious)" };
        var unexplained = await officer.PostAsJsonAsync($"/api/v1/evaluations/{evaluation}/decision", new { outcome = "Penalty", sanction = suspension }, Ct);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "decision_reason_missing"), (unexplained.StatusCode, await CodeAsync(unexplained)));
        var decided = await officer.PostAsJsonAsync($"/api/v1/evaluations/{evaluation}/decision",
            new { outcome = "Penalty", reason = "Repatriation failures put workers at risk.", sanction = suspension }, Ct);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var sanction = (await decided.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("sanctionId").GetGuid();

        var licence = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/licences/{agency.LicenceId}", Ct);
        Assert.Equal("Suspended", licence.GetProperty("status").GetString());
        var blocked = await staff.PostAsJsonAsync($"/api/v1/workers/{worker}/deployments", new { jobOrderId = jobOrder }, Ct);
        Assert.Equal((HttpStatusCode.Conflict, "licence_not_active"), (blocked.StatusCode, await CodeAsync(blocked)));

        using var anonymous = app.CreateClient();
        var number = licence.GetProperty("number").GetString();
        var standing = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences/{number}/standing", Ct);
        Assert.Equal(("Poor", "Suspension"), (standing.GetProperty("latestBand").GetString(), standing.GetProperty("sanctions")[0].GetProperty("kind").GetString()));
        Assert.Contains("Prakas 251, Art. 8 (fictitious)", await anonymous.GetStringAsync($"/verify/{number}", Ct));
        var ranking = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/public/rankings", Ct);
        Assert.Contains(ranking.EnumerateArray(), r => r.GetProperty("licenceNumber").GetString() == number && r.GetProperty("band").GetString() == "Poor");

        using var stranger = await app.ClientForAsync((await LicensedAgency.CreateAsync(app)).StaffEmail, Users.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/sanctions/{sanction}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/evaluations/{evaluation}", Ct)).StatusCode);
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/sanctions/{sanction}/appeal", new { grounds = "Three of the repatriations were the employer's failure." }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsJsonAsync($"/api/v1/sanctions/{sanction}/appeal-decision", new { outcome = "Upheld", reason = "The employer was at fault." }, Ct));

        licence = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/licences/{agency.LicenceId}", Ct);
        Assert.Equal("Active", licence.GetProperty("status").GetString());
        var appealed = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/sanctions/{sanction}", Ct);
        Assert.Equal(("Annulled", "Upheld"), (appealed.GetProperty("status").GetString(), appealed.GetProperty("appealOutcome").GetString()));
        standing = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences/{number}/standing", Ct);
        Assert.Empty(standing.GetProperty("sanctions").EnumerateArray());
        await ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/deployments", new { jobOrderId = jobOrder }, Ct));
    }

    [Fact]
    [Trait("Rule", "R12")]
    public async Task PrivateSectorMember_CannotSitOnOrScoreTheirOwnAgency()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var evaluation = await OpenDueEvaluationAsync(app, agency);
        var insider = await PanelistAsync(app, "PrivateSector", agency.Agency.Id);

        var candidates = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{evaluation}/panel-candidates", Ct);
        Assert.True(candidates.EnumerateArray().Single(c => c.GetProperty("userId").GetGuid() == insider.Id).GetProperty("ownAgency").GetBoolean());
        var refused = await SeatAsync(officer, evaluation, insider.Id);
        Assert.Equal((HttpStatusCode.Conflict, "own_agency"), (refused.StatusCode, await CodeAsync(refused)));
        using var client = await app.ClientForAsync(insider.Email, Users.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await ScoreAsync(client, evaluation, 5)).StatusCode);
    }

    [Fact]
    [Trait("Rule", "R12")]
    public async Task MemberDeclaringAConflict_IsExcluded_AndTheSectorMustBeFilledAgain()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var evaluation = await OpenDueEvaluationAsync(app, agency);
        var members = new[] { await PanelistAsync(app, "Government"), await PanelistAsync(app, "PrivateSector", (await TestAgency.CreateAsync(app)).Id), await PanelistAsync(app, "DevelopmentPartner") };
        foreach (var member in members) await ExpectAsync(HttpStatusCode.NoContent, SeatAsync(officer, evaluation, member.Id));
        using var partner = await app.ClientForAsync(members[2].Email, Users.Password);

        await ExpectAsync(HttpStatusCode.NoContent, partner.PostAsJsonAsync($"/api/v1/evaluations/{evaluation}/conflict", new { reason = "My organisation trains this agency's staff." }, Ct));
        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{evaluation}", Ct);
        Assert.Equal(("AwaitingPanel", false), (detail.GetProperty("status").GetString(), detail.GetProperty("panelComplete").GetBoolean()));
        var excluded = await ScoreAsync(partner, evaluation, 4);
        Assert.Equal((HttpStatusCode.Conflict, "not_on_panel"), (excluded.StatusCode, await CodeAsync(excluded)));
        var invalid = await partner.PutAsJsonAsync($"/api/v1/evaluations/{evaluation}/scores", new { scores = new[] { new { criterion = "Recruitment", value = 9, justification = "" } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }
}

public sealed class EvaluationJourneyTestsOnSqlite(SqliteApp app) : EvaluationJourneyTests<SqliteApp>(app);

public sealed class EvaluationJourneyTestsOnPostgres(PostgresApp app) : EvaluationJourneyTests<PostgresApp>(app);
