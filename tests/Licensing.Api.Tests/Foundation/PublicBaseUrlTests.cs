using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Licensing.Web;
using Microsoft.AspNetCore.Hosting;

namespace Licensing.Api.Tests.Foundation;

/// <summary>Outside Development the host refuses to start without the public address its links are built on.</summary>
public sealed class PublicBaseUrlTests
{
    [Theory]
    [InlineData("Production", "")]
    [InlineData("Staging", "")]
    [InlineData("Production", "licensing.mlvt.gov.kh")]
    [InlineData("Development", "not an address")]
    public async Task TheHostDoesNotStart_WithoutAnAbsolutePublicBaseUrl(string environment, string publicBaseUrl)
    {
        await using var app = new HostWithout(environment, publicBaseUrl);
        var failure = await Record.ExceptionAsync(async () => await app.InitializeAsync());
        Assert.NotNull(failure);
        Assert.Contains(PublicSiteOptions.MissingMessage, failure.ToString());
    }

    [Fact]
    public async Task TheDemo_StartsInDevelopment_WithoutIt()
    {
        await using var app = new HostWithout("Development", "");
        await app.InitializeAsync();
        using var client = app.CreateClient();
        Assert.True((await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).IsSuccessStatusCode);
    }

    private sealed class HostWithout(string environment, string publicBaseUrl) : LicensingApp(DatabaseProvider.Sqlite)
    {
        protected override string EnvironmentName => environment;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PublicBaseUrl", publicBaseUrl);
        }
    }
}
