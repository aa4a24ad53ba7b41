namespace Licensing.Application.Abstractions;

/// <summary>Cookie sign-in for the web pages.</summary>
public interface IAccountSignIn
{
    Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool remember, CancellationToken cancellationToken);

    Task<SignInOutcome> TwoFactorSignInAsync(string code, bool remember, CancellationToken cancellationToken);

    Task SignOutAsync();
}

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    RequiresTwoFactor,
}
