using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Licensing.Infrastructure.Identity;

public sealed class TwoFactorSetup(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : ITwoFactorSetup
{
    private const string Issuer = "Licensing";

    public async Task<TwoFactorStatus> GetAsync(Guid userId)
    {
        var user = await FindAsync(userId);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return new TwoFactorStatus(user.TwoFactorEnabled, key, uri);
    }

    public async Task<bool> EnableAsync(Guid userId, string code)
    {
        var user = await FindAsync(userId);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code.Replace(" ", ""));
        if (valid)
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            await signIn.RefreshSignInAsync(user);
        }
        return valid;
    }

    public async Task DisableAsync(Guid userId)
    {
        var user = await FindAsync(userId);
        await users.SetTwoFactorEnabledAsync(user, false);
        await signIn.RefreshSignInAsync(user);
    }

    private async Task<ApplicationUser> FindAsync(Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) ?? throw DomainException.NotFound();
}
