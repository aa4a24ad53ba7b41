using Licensing.Application.Abstractions;
using Microsoft.AspNetCore.Identity;

namespace Licensing.Infrastructure.Identity;

public sealed class CookieAccountSignIn(SignInManager<ApplicationUser> signIn) : IAccountSignIn
{
    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool remember, CancellationToken cancellationToken)
    {
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        return Outcome(await signIn.PasswordSignInAsync(email.Trim(), password, remember, lockoutOnFailure: true));
    }

    public async Task<SignInOutcome> TwoFactorSignInAsync(string code, bool remember, CancellationToken cancellationToken) =>
        Outcome(await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace(" ", ""), remember, rememberClient: false));

    public Task SignOutAsync() => signIn.SignOutAsync();

    public static SignInOutcome Outcome(SignInResult result) =>
        result.Succeeded ? SignInOutcome.Succeeded
        : result.IsLockedOut ? SignInOutcome.LockedOut
        : result.RequiresTwoFactor ? SignInOutcome.RequiresTwoFactor
        : SignInOutcome.Failed;
}
