using System.Security.Claims;
using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Licensing.Application.Settings;

namespace Licensing.Application.Account;

/// <summary>
/// When the setting requires it, MLVT staff (<see cref="Policies.MinistryStaff"/>) who signed in
/// without a second factor must turn it on before doing anything else.
/// </summary>
public static class StaffTwoFactor
{
    /// <summary>Asked on every request, so the database is opened only for staff without a second factor.</summary>
    public sealed class Handler(Func<ILicensingDb> db, RuleSettingsCache rules)
    {
        public async Task<bool> MustEnrolAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
            user.Identity?.IsAuthenticated == true
            && user.HoldsRoleOf(Policies.MinistryStaff)
            && user.FindFirst(ScopeClaims.TwoFactor)?.Value != "true"
            && (await rules.GetAsync(db(), cancellationToken)).RequireTwoFactorForStaff;
    }
}
