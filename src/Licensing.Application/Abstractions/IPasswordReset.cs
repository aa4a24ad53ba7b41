namespace Licensing.Application.Abstractions;

/// <summary>Forgotten passwords: a single-use, expiring reset token sent by e-mail.</summary>
public interface IPasswordReset
{
    /// <summary>The token for the user with this e-mail, or null when there is none (the caller must not reveal which).</summary>
    Task<string?> CreateTokenAsync(string email);

    /// <summary>False when the token is wrong, used or expired, or the password breaks the rules (listed).</summary>
    Task<(bool Succeeded, IReadOnlyList<string> Errors)> ResetAsync(string email, string token, string newPassword);
}
