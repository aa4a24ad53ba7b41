using System.Security.Claims;

namespace Licensing.Application.Abstractions;

/// <summary>Bearer-token sign-in for API clients; on success the host's bearer handler writes the token response.</summary>
public interface ITokenSignIn
{
    /// <summary>Signs in with the password and, when the account has two-factor sign-in, the code.</summary>
    Task<SignInOutcome> PasswordSignInAsync(string email, string password, string? twoFactorCode);

    /// <summary>Whom to issue fresh tokens for; null when the refresh token is forged, expired, or its user's security stamp changed.</summary>
    Task<ClaimsPrincipal?> RefreshAsync(string refreshToken);
}
