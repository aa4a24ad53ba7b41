using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Licensing.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Licensing.Infrastructure.OpenIdConnect;

/// <summary>
/// The OpenID Connect server (OpenIddict, ADR-027): client credentials for other bodies' systems, authorization code with
/// PKCE (S256 only) and refresh tokens for apps, revocation and discovery; and the validation of its tokens in this host.
/// </summary>
public static class OpenIdConnectSetup
{
    /// <param name="development">Development or tests: ephemeral keys when none are configured, and plain HTTP allowed.</param>
    public static IServiceCollection AddOpenIdConnectServer(this IServiceCollection services, IConfiguration configuration, bool development)
    {
        var keys = OpenIdConnectKeys.From(configuration);
        if (keys.IsEmpty && !development)
        {
            throw new InvalidOperationException("Set Oidc:SigningKeys and Oidc:EncryptionKeys (see the README): every instance must sign and encrypt tokens with the same keys.");
        }
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<LicensingDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris(OpenIdConnectPaths.Authorize).SetTokenEndpointUris(OpenIdConnectPaths.Token).SetRevocationEndpointUris(OpenIdConnectPaths.Revoke);
                o.AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
                o.RegisterScopes([OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.OfflineAccess, .. ClientScopes.All]);
                o.SetAccessTokenLifetime(TimeSpan.FromHours(1));
                o.Configure(options => options.CodeChallengeMethods.Remove(OpenIddictConstants.CodeChallengeMethods.Plain));
                if (keys.IsEmpty)
                {
                    o.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
                }
                else
                {
                    foreach (var key in keys.Signing) o.AddSigningKey(key);
                    foreach (var key in keys.Encryption) o.AddEncryptionKey(key);
                }
                var aspNetCore = o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough();
                if (development) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                // A revoked token, or one whose client's secret was withdrawn, stops working at once, not when it expires.
                o.EnableTokenEntryValidation();
                o.EnableAuthorizationEntryValidation();
            });
        services.AddScoped<IApiClientRegistry, ApiClientRegistry>();
        services.AddScoped<IApiTokenPrincipals, ApiTokenPrincipals>();
        services.AddScoped<OpenIdConnectPruning>();
        return services;
    }
}
