using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Complaints;

public sealed class ComplaintAccessTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R25")]
    public async Task AnEmbassyOfficer_FilesOnBehalf_SeesOnlyWhatTheyFiled_AndCannotHandleIt()
    {
        var agency = await TestAgency.CreateAsync(app);
        var other = await FiledComplaint.FileAsync(app, agency.Id);
        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        var filed = await embassy.PostAsJsonAsync("/api/v1/complaints", new
        {
            filedAs = "Embassy", filerName = "Consular officer (fictitious)", workerName = "Pich Bopha (fictitious)", provinceCode = "KH-3",
            agencyId = agency.Id, category = "NoHelpAbroad", whatHappened = "The worker called the embassy from the employer's house.", shareIdentityWithAgency = false, sendToMinistry = false,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var receipt = await filed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = receipt.GetProperty("id").GetGuid();
        Assert.Matches("^[0-9]{6}$", receipt.GetProperty("pin").GetString());

        var mine = await embassy.GetFromJsonAsync<JsonElement>("/api/v1/complaints?pageSize=200", Ct);
        Assert.Equal([id], mine.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await embassy.GetAsync($"/api/v1/complaints/{other.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await embassy.PostAsJsonAsync($"/api/v1/complaints/{id}/steps", new { step = "Acknowledge" }, Ct)).StatusCode);

        using var pdlvt = await app.ClientForAsync(DemoLogins.ProvincialOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await pdlvt.GetAsync($"/api/v1/complaints/{id}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/complaints")]
    [InlineData("/complaints/dashboard")]
    [InlineData("/complaints/statistics")]
    [InlineData("/complaints/on-behalf")]
    public async Task TheOfficersPages_Open(string path)
    {
        using var pdlvt = await app.ClientForAsync(DemoLogins.ProvincialOfficer, language: "km");
        var response = await pdlvt.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ពាក្យបណ្តឹង", await response.Content.ReadAsStringAsync(Ct));
    }
}
