using Licensing.Application.Abstractions;
using Microsoft.AspNetCore.Identity;

namespace Licensing.Infrastructure.Identity;

/// <summary>Identity's reset tokens: bound to the user's security stamp, so a token works once; they expire after two hours.</summary>
public sealed class PasswordReset(UserManager<ApplicationUser> users) : IPasswordReset
{
    public async Task<string?> CreateTokenAsync(string email) =>
        await users.FindByEmailAsync(email) is { } user ? await users.GeneratePasswordResetTokenAsync(user) : null;

    public async Task<(bool Succeeded, IReadOnlyList<string> Errors)> ResetAsync(string email, string token, string newPassword)
    {
        if (await users.FindByEmailAsync(email) is not { } user) return (false, []);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
            return (true, []);
        }
        var broken = result.Errors.Where(e => e.Code != "InvalidToken").Select(e => e.Description).ToList();
        return (false, broken);
    }
}
