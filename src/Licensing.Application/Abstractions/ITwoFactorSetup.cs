namespace Licensing.Application.Abstractions;

/// <summary>A user turns authenticator-app (TOTP) two-factor sign-in on or off.</summary>
public interface ITwoFactorSetup
{
    Task<TwoFactorStatus> GetAsync(Guid userId);

    /// <summary>Turns 2FA on when the code matches the shared key; false otherwise.</summary>
    Task<bool> EnableAsync(Guid userId, string code);

    Task DisableAsync(Guid userId);
}

public sealed record TwoFactorStatus(bool Enabled, string SharedKey, string AuthenticatorUri);
