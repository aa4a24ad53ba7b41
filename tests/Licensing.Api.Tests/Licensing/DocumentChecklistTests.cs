using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Licensing;

/// <summary>Changes the global checklist, so it runs on an application of its own.</summary>
public sealed class DocumentChecklistTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnItemAddedByTheAdministrator_IsRequiredForSubmission_AndADeactivatedOneIsNot()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var checklist = await admin.GetFromJsonAsync<JsonElement>("/api/v1/document-requirements", Ct);
        Assert.Equal(TestAgency.RequiredDocuments, checklist.EnumerateArray().Select(r => r.GetProperty("code").GetString()!));

        var added = await admin.PutAsJsonAsync("/api/v1/document-requirements",
            new { code = "code-of-conduct", nameKm = "ក្រមសីលធម៌", nameEn = "Signed Code of Conduct", order = 8, active = true }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);

        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var id = await agency.CompleteDraftAsync(staff);
        var refused = await staff.PostAsJsonAsync($"/api/v1/licence-applications/{id}/submit", new { }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("code-of-conduct", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());

        await admin.PutAsJsonAsync("/api/v1/document-requirements",
            new { code = "code-of-conduct", nameKm = "ក្រមសីលធម៌", nameEn = "Signed Code of Conduct", order = 8, active = false }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/licence-applications/{id}/submit", new { }, Ct)).StatusCode);

        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/v1/document-requirements",
            new { code = "x", nameKm = "x", nameEn = "x", order = 1, active = true }, Ct)).StatusCode);
    }
}
