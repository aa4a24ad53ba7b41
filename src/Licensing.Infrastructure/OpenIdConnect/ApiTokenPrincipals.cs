using System.Security.Claims;
using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Licensing.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Licensing.Infrastructure.OpenIdConnect;

/// <summary>
/// Builds a token's principal from the same claims the cookie and Identity bearer tokens carry (<see cref="ScopedClaimsPrincipalFactory"/>),
/// plus the client and its granted scopes, so the same policies and scoping rules read it.
/// </summary>
public sealed class ApiTokenPrincipals(
    IOpenIddictApplicationManager applications, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IOptions<IdentityOptions> identity)
    : IApiTokenPrincipals
{
    public async Task<ClaimsPrincipal?> ForSystemAsync(string clientId, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application
            || ApiClientRegistry.BodyOf(await applications.GetPropertiesAsync(application, cancellationToken)) is not { } body
            || await users.FindByNameAsync(ApiClientRegistry.AccountName(clientId)) is not { } account)
        {
            return null;
        }
        var granted = scopes.Count > 0 ? scopes
            : (await applications.GetPermissionsAsync(application, cancellationToken))
                .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..]).ToList();
        var principal = Token(await signIn.CreateUserPrincipalAsync(account), clientId, granted);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ScopeClaims.ClientBody, body.Key).SetDestinations(Destinations.AccessToken));
        return principal;
    }

    public async Task<ClaimsPrincipal?> ForPersonAsync(ClaimsPrincipal person, string clientId, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        if (await signIn.ValidateSecurityStampAsync(person) is not { } user || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return null;
        }
        return Token(await signIn.CreateUserPrincipalAsync(user), clientId, scopes);
    }

    private ClaimsPrincipal Token(ClaimsPrincipal user, string clientId, IEnumerable<string> scopes)
    {
        var token = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        token.AddClaim(new Claim(Claims.Subject, user.FindFirstValue(ClaimTypes.NameIdentifier)!));
        foreach (var claim in user.Claims)
        {
            token.AddClaim(new Claim(claim.Type == ClaimTypes.Role ? Claims.Role : claim.Type, claim.Value));
        }
        token.AddClaim(new Claim(ScopeClaims.Client, clientId));
        var granted = scopes.ToList();
        foreach (var scope in granted) token.AddClaim(new Claim(ScopeClaims.Granted, scope));
        var principal = new ClaimsPrincipal(token);
        principal.SetScopes(granted);
        // The security stamp stays in codes and refresh tokens (checked when they are redeemed), never in an access token.
        var stamp = identity.Value.ClaimsIdentity.SecurityStampClaimType;
        principal.SetDestinations(claim => claim.Type == stamp ? []
            : claim.Type is Claims.Subject or ClaimTypes.Email ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return principal;
    }
}
