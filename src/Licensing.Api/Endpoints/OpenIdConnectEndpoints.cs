using System.Security.Claims;
using Licensing.Application.Abstractions;
using Licensing.Application.ApiClients;
using Licensing.Application.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Licensing.Api.Endpoints;

/// <summary>
/// The two endpoints of the OpenID Connect server that decide who a token stands for; OpenIddict validates each request
/// first (client, secret, PKCE, scopes) and answers discovery, key set and revocation itself (ADR-027).
/// </summary>
public static class OpenIdConnectEndpoints
{
    public static void MapOpenIdConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(OpenIdConnectPaths.Authorize, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(OpenIdConnectPaths.Token, TokenAsync).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>A person signs in through the existing login page (the Identity cookie), then the app gets its code.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext context, IApiTokenPrincipals principals, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle the authorization request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (cookie is not { Succeeded: true, Principal: { } person })
        {
            var back = context.Request.PathBase + context.Request.Path
                + QueryString.Create(request.GetParameters().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [IdentityConstants.ApplicationScheme]);
        }
        return await principals.ForPersonAsync(person, request.ClientId!, request.GetScopes(), cancellationToken) is { } principal
            ? Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            : Refuse(Errors.LoginRequired, "Sign in again.");
    }

    private static async Task<IResult> TokenAsync(HttpContext context, IApiTokenPrincipals principals, RecordTokenIssued.Handler audit, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle the token request.");
        ClaimsPrincipal? principal;
        if (request.IsClientCredentialsGrantType())
        {
            principal = await principals.ForSystemAsync(request.ClientId!, request.GetScopes(), cancellationToken);
        }
        else
        {
            // A code or refresh token: OpenIddict has checked it; the person behind it is checked again here.
            var redeemed = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            principal = redeemed.Principal is { } person
                ? await principals.ForPersonAsync(person, request.ClientId!, person.GetScopes(), cancellationToken)
                : null;
        }
        if (principal is null) return Refuse(Errors.InvalidGrant, "The client or the person it acts for may no longer have tokens.");
        await audit.HandleAsync(principal, request.GrantType!, cancellationToken);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
