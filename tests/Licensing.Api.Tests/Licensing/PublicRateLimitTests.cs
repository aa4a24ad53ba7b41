using System.Net;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;

namespace Licensing.Api.Tests.Licensing;

public sealed class TightlyLimitedApp() : LicensingApp(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:PublicPerMinute", "3");
    }
}

public sealed class PublicRateLimitTests(TightlyLimitedApp app) : IClassFixture<TightlyLimitedApp>
{
    [Fact]
    public async Task PublicVerification_PastTheLimit_Is429WithRetryAfter()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/public/licences/PRA-1999-0001", TestContext.Current.CancellationToken)).StatusCode);
        }
        var refused = await client.GetAsync("/api/v1/public/licences/PRA-1999-0001", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>Issue 20: one budget per public form, and a page a person can read when it is spent. On an application of its own, so that no other test spends the budget.</summary>
public sealed class PerFormRateLimitTests(TightlyLimitedApp app) : IClassFixture<TightlyLimitedApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMigrantWhoUsedUpTheVerificationSearches_CanStillOpenTheComplaintForm_AndSeesAKhmerPageSayingHowLongToWait()
    {
        using var browser = app.CreateClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/verify?query=Angkor", Ct)).StatusCode);
        }
        var refused = await browser.GetAsync("/verify?query=Angkor", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("ការព្យាយាមច្រើនដងពេក", page);
        Assert.Matches(@"សូមរង់ចាំ \d+ (វិនាទី|នាទី)", page);
        Assert.Contains("tel:1297", page);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/complaints/new", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/complaints/track", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/report-missing", Ct)).StatusCode);
    }
}
