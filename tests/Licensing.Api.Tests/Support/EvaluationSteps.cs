using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Support;

/// <summary>The steps of a Prakas 251 evaluation through the API, shared by the API and browser tests.</summary>
public static class EvaluationSteps
{
    public static readonly string[] Criteria =
        ["Recruitment", "PreDepartureOrientation", "Sending", "JobPlacement", "ContractManagement", "ProblemSolving", "Repatriation"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh panel member of the sector; a private-sector member works for an agency.</summary>
    public static async Task<(Guid Id, string Email)> PanelistAsync(LicensingApp app, string sector, Guid? agencyId = null)
    {
        var email = await Users.CreateAsync(app, "EvaluationPanelMember", new { panelSector = sector, agencyId });
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));
        return (id, email);
    }

    /// <summary>Moves the agency's licence 25 months into the past, runs the daily job and returns the evaluation it opened.</summary>
    public static async Task<Guid> OpenDueEvaluationAsync(LicensingApp app, LicensedAgency agency)
    {
        var issued = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-25);
        await app.WithDbAsync(db => db.Licences.Where(l => l.Id == agency.LicenceId).ExecuteUpdateAsync(s => s.SetProperty(l => l.IssuedOn, issued), Ct));
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var due = await officer.GetFromJsonAsync<JsonElement>("/api/v1/evaluations/due", Ct);
        Assert.Contains(due.EnumerateArray(), d => d.GetProperty("agencyId").GetGuid() == agency.Agency.Id);

        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/evaluations-due/run", null, Ct)).StatusCode);
        var opened = await Eventually.ReturnsAsync(
            () => officer.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations?agencyId={agency.Agency.Id}", Ct),
            list => list.GetArrayLength() == 1);
        Assert.Equal("AwaitingPanel", opened[0].GetProperty("status").GetString());
        return opened[0].GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> SeatAsync(HttpClient secretariat, Guid evaluationId, Guid userId) =>
        secretariat.PostAsJsonAsync($"/api/v1/evaluations/{evaluationId}/panel", new { userId }, Ct);

    public static Task<HttpResponseMessage> ScoreAsync(HttpClient member, Guid evaluationId, int value) =>
        member.PutAsJsonAsync($"/api/v1/evaluations/{evaluationId}/scores",
            new { scores = Criteria.Select(c => new { criterion = c, value, justification = $"{c}: seen in the records of the period." }) }, Ct);

    public static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
}
