using System.Security.Claims;
using Licensing.Application.Abstractions;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Licensing.Infrastructure.Identity;

public sealed class BearerTokenSignIn(SignInManager<ApplicationUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider clock) : ITokenSignIn
{
    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password, string? twoFactorCode)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor && !string.IsNullOrEmpty(twoFactorCode))
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(twoFactorCode, isPersistent: false, rememberClient: false);
        }
        return CookieAccountSignIn.Outcome(result);
    }

    public async Task<ClaimsPrincipal?> RefreshAsync(string refreshToken)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return null;
        }
        return await signIn.CreateUserPrincipalAsync(user);
    }
}
