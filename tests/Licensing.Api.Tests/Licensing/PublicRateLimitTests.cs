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
