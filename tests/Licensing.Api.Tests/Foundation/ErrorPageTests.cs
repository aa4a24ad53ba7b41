using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Foundation;

/// <summary>Issue 20, observation 3: a browser gets error pages it can read, in the site's language; API clients keep problem JSON.</summary>
public sealed class ErrorPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/api/v1/no-such-resource")]
    public async Task NotFound_ForABrowser_IsAKhmerPageInTheLayout(string path)
    {
        using var client = app.CreateClient();
        var response = await client.SendAsync(Asking(HttpMethod.Get, path, Browser), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PageAsync(response);
        Assert.Contains("<html lang=\"km\">", page);
        Assert.Contains("រកមិនឃើញទំព័រ", page);
        Assert.Contains("class=\"site-header\"", page);
        Assert.Contains("tel:1297", page);
    }

    [Fact]
    public async Task NotFound_ForABrowserThatChoseEnglish_IsAnEnglishPage()
    {
        using var client = app.CreateClient();
        var request = Asking(HttpMethod.Get, "/no-such-page", Browser);
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var page = await PageAsync(await client.SendAsync(request, Ct));

        Assert.Contains("Page not found", page);
    }

    [Fact]
    public async Task ARecordNotFound_ForABrowser_IsTheKhmerPage_AndForAnApiClient_ProblemJson()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var path = $"/api/v1/licences/{Guid.NewGuid()}";

        var page = await admin.SendAsync(Asking(HttpMethod.Get, path, Browser), Ct);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("រកមិនឃើញទំព័រ", await PageAsync(page));

        await AssertProblemAsync(await admin.SendAsync(Asking(HttpMethod.Get, path, "application/json"), Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Forbidden_ForABrowser_IsAKhmerPage_AndForAnApiClient_ProblemJson()
    {
        using var staff = await app.ClientForAsync(DemoLogins.AgencyStaff);

        var page = await staff.SendAsync(Asking(HttpMethod.Get, "/api/v1/users", Browser), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("មិនអនុញ្ញាត", await PageAsync(page));

        await AssertProblemAsync(await staff.SendAsync(Asking(HttpMethod.Get, "/api/v1/users", "application/json"), Ct), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/api/v1/public/complaints/evidence")]
    [InlineData("/complaints/new")]
    public async Task AThirtyMegabyteUpload_ForABrowser_IsA413KhmerPage_AndForAnApiClient_ProblemJson(string path)
    {
        using var client = app.CreateClient();

        var page = await client.SendAsync(Upload(path, Browser), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        var html = await PageAsync(page);
        Assert.Contains("ឯកសារធំពេក", html);
        Assert.Contains("12 មេកាបៃ", html);

        await AssertProblemAsync(await client.SendAsync(Upload(path, "application/json"), Ct), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AnOutOfRangeValue_ForABrowser_IsA400PageNamingTheParameter()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var response = await admin.SendAsync(Asking(HttpMethod.Get, "/api/v1/disappearances/statistics?year=-1", Browser), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PageAsync(response);
        Assert.Contains("មិនអាចអានសំណើបានទេ", page);
        Assert.Contains("&#x27;year&#x27; ត្រូវតែជាចំនួនគត់ពី 2000 ដល់ 2100", page);
    }

    private static HttpRequestMessage Asking(HttpMethod method, string path, string accept)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    private static HttpRequestMessage Upload(string path, string accept)
    {
        var request = Asking(HttpMethod.Post, path, accept);
        var file = new ByteArrayContent(new byte[30 * 1024 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        request.Content = new MultipartFormDataContent { { file, "file", "scan.pdf" } };
        return request;
    }

    private static async Task<string> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetInt32());
    }
}
