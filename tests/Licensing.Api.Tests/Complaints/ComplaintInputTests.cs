using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Complaints;

public sealed class ComplaintInputTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOversizedEvidenceFile_IsRefusedWithAProblem()
    {
        var filed = await FiledComplaint.FileAsync(app, null);
        using var anonymous = app.CreateClient();
        var oversized = new byte[10 * 1024 * 1024 + 1];
        TestAgency.Pdf.CopyTo(oversized, 0);
        using var form = new MultipartFormDataContent { { new StringContent(filed.Code), "code" }, { new StringContent(filed.Pin), "pin" } };
        var file = new ByteArrayContent(oversized);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "evidence.pdf");

        var response = await anonymous.PostAsync("/api/v1/public/complaints/evidence", form, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ScriptInAComplaint_IsShownEscapedToTheOfficer_AndTheHoneypotIsRefused()
    {
        var filed = await FiledComplaint.FileAsync(app, null, whatHappened: "<script>alert('x')</script> they kept my passport");
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var page = await officer.GetStringAsync($"/complaints/{filed.Id}", Ct);
        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("&lt;script&gt;alert", page);

        using var bot = app.CreateClient();
        bot.DefaultRequestHeaders.AcceptLanguage.ParseAdd("km");
        var refused = await bot.PostAsJsonAsync("/api/v1/public/complaints", new
        {
            filedAs = "Worker", workerName = "Bot", provinceCode = "KH-2", unlicensedRecruiter = "x", category = "Other", whatHappened = "spam", website = "http://spam.example",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("website", out _));
        Assert.Contains("ត្រូវ", errors.GetProperty("website")[0].GetString());
    }

    [Fact]
    public async Task TheDemoComplaints_OpenWithTheirCodeAndPin_InEveryState()
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/public/complaints/track", new { code = "c-dema 2345", pin = "246810" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Received", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString());
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var dashboard = await admin.GetFromJsonAsync<JsonElement>("/api/v1/complaints/dashboard", Ct);
        Assert.True(dashboard.GetProperty("total").GetProperty("red").GetInt32() >= 1);
    }
}
