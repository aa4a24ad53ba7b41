using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;
using Licensing.Application.Licences;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Foundation;

/// <summary>The application with a licence verification that always fails, as an unforeseen fault would.</summary>
public sealed class FailingVerificationApp() : LicensingApp(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddScoped<VerifyLicence.Handler>(_ => throw new InvalidOperationException("Verification fails on purpose.")));
    }
}

/// <summary>Issue 20: an unforeseen failure is a page with the trace id for a browser, a problem with the same id for an API client, and neither shows the fault.</summary>
public sealed partial class FailurePageTests(FailingVerificationApp app) : IClassFixture<FailingVerificationApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFailure_ForABrowser_IsAKhmerPageWithTheTraceId()
    {
        using var browser = app.CreateClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var response = await browser.GetAsync("/verify?query=Angkor", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("មានបញ្ហាកើតឡើង", page);
        Assert.Matches(TraceIdLine(), page);
        Assert.DoesNotContain("on purpose", page);
    }

    [Fact]
    public async Task AFailure_ForAnApiClient_IsAProblemWithTheTraceId()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/v1/public/licences?query=Angkor", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("on purpose", problem.ToString());
    }

    [GeneratedRegex("លេខយោងសម្រាប់ផ្នែកជំនួយ៖ [^<\\s]+")]
    private static partial Regex TraceIdLine();
}
