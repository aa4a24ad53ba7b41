using System.Security.Claims;
using Licensing.Api.Hosting;
using Licensing.Application.Abstractions;
using Licensing.Application.Account;
using Licensing.Application.Common;
using Licensing.Application.Security;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Web;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Endpoints;

/// <summary>Bearer tokens for API clients: sign in (with a TOTP code when 2FA is on) and refresh.</summary>
public static class AuthEndpoints
{
    public sealed record LoginRequest(string Email, string Password, string? TwoFactorCode);

    public sealed record RefreshRequest(string RefreshToken);

    public sealed record Me(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles, Guid? AgencyId, string? ProvinceCode, string? CountryCode);

    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Authentication");
        // The bearer handler writes the token itself: the description says what it writes.
        auth.MapPost("/login", LoginAsync).Produces<AccessTokenResponse>().AllowAnonymous();
        auth.MapPost("/refresh", RefreshAsync).Produces<AccessTokenResponse>().AllowAnonymous();
        auth.MapGet("/me", GetMe).RequireAuthorization();
        auth.MapPost("/forgot-password", async (RequestPasswordReset.Command request, HttpRequest http, IOptions<PublicSiteOptions> site, RequestPasswordReset.Handler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(request, site.Value.LinkTo(http, "/account/reset"), ct);
            return TypedResults.Accepted((string?)null);
        }).AllowAnonymous().RequireRateLimiting(PublicForms.AccountRecovery);
        auth.MapPost("/reset-password", async (ResetPassword.Reset request, ResetPassword.Handler handler, CancellationToken ct) =>
        {
            await handler.ResetAsync(request, ct);
            return TypedResults.NoContent();
        }).AllowAnonymous().RequireRateLimiting(PublicForms.AccountRecovery);
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest request, ITokenSignIn signIn)
    {
        var outcome = await signIn.PasswordSignInAsync(request.Email?.Trim() ?? "", request.Password ?? "", request.TwoFactorCode);
        if (outcome == SignInOutcome.Succeeded)
        {
            // The bearer handler has written the token response.
            return TypedResults.Empty;
        }
        var (code, detail) = outcome switch
        {
            SignInOutcome.LockedOut => (ErrorCodes.LockedOut, Catalogue.Say(ErrorCodes.LockedOut)),
            SignInOutcome.RequiresTwoFactor => (ErrorCodes.TwoFactorRequired, Catalogue.Say(Keys.SignInNeedsSecondFactor)),
            _ => (ErrorCodes.InvalidCredentials, Catalogue.Say(ErrorCodes.InvalidCredentials)),
        };
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: Catalogue.Say(Keys.ProblemSignInFailed),
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    private static async Task<Results<SignInHttpResult, UnauthorizedHttpResult>> RefreshAsync(RefreshRequest request, ITokenSignIn signIn) =>
        await signIn.RefreshAsync(request.RefreshToken) is { } principal
            ? TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme)
            : TypedResults.Unauthorized();

    private static Me GetMe(ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
        user.FindFirstValue(ClaimTypes.Email) ?? "",
        user.FindFirstValue(ScopeClaims.FullName) ?? "",
        user.FindAll(((ClaimsIdentity)user.Identity!).RoleClaimType).Select(c => c.Value).ToList(),
        Guid.TryParse(user.FindFirstValue(ScopeClaims.Agency), out var agency) ? agency : null,
        user.FindFirstValue(ScopeClaims.Province),
        user.FindFirstValue(ScopeClaims.Country));
}
