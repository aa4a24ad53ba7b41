using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Inspections;

/// <summary>Rules an inspector checks on the premises: each is a checklist item with its legal basis, and a breach becomes a finding.</summary>
public abstract class ChecklistRuleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    [Trait("Rule", "R27")]
    public async Task TheCodeOfConduct_IsCheckedAtEveryInspection_AndABreachBecomesAFinding()
    {
        var (_, finding) = await InspectedWithABreachAsync("code-of-conduct", "Code of Conduct 2020");
        Assert.Equal("Open", finding.GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Rule", "R4")]
    public async Task SubContractingOrSellingTheLicence_IsAViolationTheInspectorRecords_AndASanctionCanFollow()
    {
        var (agency, finding) = await InspectedWithABreachAsync("no-subcontracting", "Prakas 047/13");
        Assert.True(finding.GetProperty("flaggedForSanction").GetBoolean());

        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var imposed = await officer.PostAsJsonAsync("/api/v1/sanctions", new
        {
            agencyId = agency, source = "InspectionFinding", sourceId = finding.GetProperty("id").GetGuid(), kind = "WrittenWarning",
            legalBasis = "Prakas 047/13", reason = "Recruitment for another company under this licence.",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, imposed.StatusCode);
    }

    /// <summary>
    /// An unannounced visit to a fresh agency where every item is compliant except the one given; the
    /// inspector may not complete it until that breach is a finding. Returns the agency and the finding as the agency sees it.
    /// </summary>
    private async Task<(Guid Agency, JsonElement Finding)> InspectedWithABreachAsync(string itemCode, string legalBasis)
    {
        var agency = await TestAgency.CreateAsync(app);
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var inspectorId = (await inspector.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct)).GetProperty("id").GetGuid();
        var created = await chief.PostAsJsonAsync("/api/v1/inspections", new { agencyId = agency.Id, plannedFor = Today.AddDays(2), announced = false }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await chief.PostAsJsonAsync($"/api/v1/inspections/{id}/schedule", new { date = Today.AddDays(2), inspectorIds = new[] { inspectorId } }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await inspector.PostAsync($"/api/v1/inspections/{id}/start", null, Ct)).StatusCode);

        var checklist = (await inspector.GetFromJsonAsync<JsonElement>($"/api/v1/inspections/{id}", Ct)).GetProperty("checklist").EnumerateArray().ToList();
        var item = Assert.Single(checklist, i => i.GetProperty("code").GetString() == itemCode);
        Assert.Equal(legalBasis, item.GetProperty("legalBasis").GetString());
        foreach (var code in checklist.Select(i => i.GetProperty("code").GetString()))
        {
            var answer = code == itemCode ? "NonCompliant" : "Compliant";
            Assert.Equal(HttpStatusCode.NoContent, (await inspector.PutAsJsonAsync($"/api/v1/inspections/{id}/answers/{code}", new { answer, note = "" }, Ct)).StatusCode);
        }

        var unrecorded = await inspector.PostAsJsonAsync($"/api/v1/inspections/{id}/complete", new { findings = Array.Empty<object>() }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unrecorded.StatusCode);
        var completed = await inspector.PostAsJsonAsync($"/api/v1/inspections/{id}/complete", new
        {
            findings = new[] { new { itemCode, severity = itemCode == "no-subcontracting" ? "Critical" : "Major", description = "Seen on the premises", correctiveAction = "Put it right" } },
        }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, completed.StatusCode);

        var seen = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/inspections/{id}", Ct);
        Assert.Equal("CorrectiveActionsRequired", seen.GetProperty("status").GetString());
        var finding = Assert.Single(seen.GetProperty("findings").EnumerateArray());
        Assert.Equal(itemCode, finding.GetProperty("itemCode").GetString());
        return (agency.Id, finding);
    }
}

public sealed class ChecklistRuleTestsOnSqlite(SqliteApp app) : ChecklistRuleTests<SqliteApp>(app);

public sealed class ChecklistRuleTestsOnPostgres(PostgresApp app) : ChecklistRuleTests<PostgresApp>(app);
