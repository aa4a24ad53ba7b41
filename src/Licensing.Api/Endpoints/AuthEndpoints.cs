using System.Security.Claims;
using Licensing.Api.Hosting;
using Licensing.Application.Account;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Infrastructure.Identity;
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
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous();
        auth.MapGet("/me", GetMe);
        auth.MapPost("/forgot-password", async (ResetPassword.Request request, HttpRequest http, ResetPassword.Handler handler, CancellationToken ct) =>
        {
            await handler.RequestAsync(request, $"{http.Scheme}://{http.Host}/account/reset", ct);
            return TypedResults.Accepted((string?)null);
        }).AllowAnonymous().RequireRateLimiting(RateLimiting.Public);
        auth.MapPost("/reset-password", async (ResetPassword.Reset request, ResetPassword.Handler handler, CancellationToken ct) =>
        {
            await handler.ResetAsync(request, ct);
            return TypedResults.NoContent();
        }).AllowAnonymous().RequireRateLimiting(RateLimiting.Public);
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest request, SignInManager<ApplicationUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email?.Trim() ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor && !string.IsNullOrEmpty(request.TwoFactorCode))
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(request.TwoFactorCode, isPersistent: false, rememberClient: false);
        }
        if (result.Succeeded)
        {
            // The bearer handler has written the token response.
            return TypedResults.Empty;
        }
        var detail = result.IsLockedOut
            ? Text.Pick("Too many failed attempts; the account is locked for a while.", "ព្យាយាមខុសច្រើនដងពេក គណនីត្រូវបានចាក់សោមួយរយៈ។")
            : result.RequiresTwoFactor
                ? Text.Pick("A two-factor code is required.", "ត្រូវការលេខកូដផ្ទៀងផ្ទាត់ពីរជាន់។")
                : Text.Pick("The e-mail or password is wrong.", "អ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។");
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
            extensions: new Dictionary<string, object?> { ["code"] = result.IsLockedOut ? ErrorCodes.LockedOut : result.RequiresTwoFactor ? ErrorCodes.TwoFactorRequired : ErrorCodes.InvalidCredentials });
    }

    private static async Task<Results<SignInHttpResult, UnauthorizedHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<ApplicationUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider clock)
    {
        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static Me GetMe(ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
        user.FindFirstValue(ClaimTypes.Email) ?? "",
        user.FindFirstValue(ScopeClaims.FullName) ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        Guid.TryParse(user.FindFirstValue(ScopeClaims.Agency), out var agency) ? agency : null,
        user.FindFirstValue(ScopeClaims.Province),
        user.FindFirstValue(ScopeClaims.Country));
}
