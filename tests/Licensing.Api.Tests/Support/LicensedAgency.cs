using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Licensing.Api.Tests.Support;

/// <summary>A fresh agency licensed through the front door (application, review, approval), with one PDOT centre.</summary>
public sealed record LicensedAgency(TestAgency Agency, Guid LicenceId, Guid TrainingCentreId)
{
    public string StaffEmail => Agency.StaffEmail;

    public static async Task<LicensedAgency> CreateAsync(LicensingApp app)
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var application = await agency.CompleteDraftAsync(staff);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/licence-applications/{application}/submit", new { }, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/licence-applications/{application}/start-review", null, TestContext.Current.CancellationToken)).StatusCode);
        var approved = await officer.PostAsJsonAsync($"/api/v1/licence-applications/{application}/approve", new { }, TestContext.Current.CancellationToken);
        var licenceId = (await approved.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("licenceId").GetGuid();
        var centre = await staff.PostAsJsonAsync($"/api/v1/agencies/{agency.Id}/training-centres",
            new { name = "Battambang PDOT Centre", address = "National Road 5", provinceCode = "KH-2", capacity = 60 }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, centre.StatusCode);
        var centreId = (await centre.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        return new LicensedAgency(agency, licenceId, centreId);
    }
}
