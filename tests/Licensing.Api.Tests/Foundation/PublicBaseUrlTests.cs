using System.Security.Cryptography;
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

    /// <summary>A host with everything else outside Development needs (the OpenID Connect keys), so that only the address is missing.</summary>
    private sealed class HostWithout(string environment, string publicBaseUrl) : LicensingApp(DatabaseProvider.Sqlite)
    {
        private readonly RSA _signingKey = RSA.Create(2048);

        protected override string EnvironmentName => environment;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PublicBaseUrl", publicBaseUrl);
            builder.UseSetting("Oidc:SigningKeys:0", _signingKey.ExportRSAPrivateKeyPem());
            builder.UseSetting("Oidc:EncryptionKeys:0", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            _signingKey.Dispose();
        }
    }
}
