using Licensing.Domain.Common;
using Licensing.Web;
using System.Security.Claims;
using Licensing.Api.Hosting;
using Licensing.Application.Abstractions;
using Licensing.Application.Account;
using Licensing.Application.Common;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

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
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous();
        auth.MapGet("/me", GetMe).RequireAuthorization();
        auth.MapPost("/forgot-password", async (RequestPasswordReset.Command request, HttpRequest http, RequestPasswordReset.Handler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(request, $"{http.Scheme}://{http.Host}/account/reset", ct);
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
            SignInOutcome.LockedOut => (ErrorCodes.LockedOut, Text.Pick("Too many failed attempts; the account is locked for a while.", "ព្យាយាមខុសច្រើនដងពេក គណនីត្រូវបានចាក់សោមួយរយៈ។")),
            SignInOutcome.RequiresTwoFactor => (ErrorCodes.TwoFactorRequired, Text.Pick("A two-factor code is required.", "ត្រូវការលេខកូដផ្ទៀងផ្ទាត់ពីរជាន់។")),
            _ => (ErrorCodes.InvalidCredentials, Text.Pick("The e-mail or password is wrong.", "អ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។")),
        };
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
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
