using System.Security.Cryptography;
using System.Text.Json;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// The application with the OpenID Connect server's keys in configuration, as every instance has them in production:
/// two signing and two encryption keys, the newest first.
/// </summary>
public abstract class OpenIdConnectApp(DatabaseProvider provider) : LicensingApp(provider)
{
    public RSA NewestSigningKey { get; } = RSA.Create(2048);
    public RSA OlderSigningKey { get; } = RSA.Create(2048);

    /// <summary>The key id the server's key set gives the newest signing key (found by its modulus).</summary>
    public string? NewestSigningKeyId(JsonElement jwks)
    {
        var modulus = OpenIdConnectSteps.Base64Url(NewestSigningKey.ExportParameters(false).Modulus!);
        return jwks.GetProperty("keys").EnumerateArray().Single(k => k.TryGetProperty("n", out var n) && n.GetString() == modulus).GetProperty("kid").GetString();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Oidc:SigningKeys:0", NewestSigningKey.ExportRSAPrivateKeyPem());
        builder.UseSetting("Oidc:SigningKeys:1", OlderSigningKey.ExportPkcs8PrivateKeyPem());
        builder.UseSetting("Oidc:EncryptionKeys:0", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Oidc:EncryptionKeys:1", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NewestSigningKey.Dispose();
        OlderSigningKey.Dispose();
    }
}

public sealed class OpenIdConnectSqliteApp() : OpenIdConnectApp(DatabaseProvider.Sqlite);

public sealed class OpenIdConnectPostgresApp() : OpenIdConnectApp(DatabaseProvider.Postgres);
