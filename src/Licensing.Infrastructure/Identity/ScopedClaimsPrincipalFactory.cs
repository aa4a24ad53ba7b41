using System.Security.Claims;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Licensing.Infrastructure.Identity;

/// <summary>Adds the user's name and scope to the claims issued at sign-in.</summary>
public sealed class ScopedClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<ApplicationRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, ApplicationRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ScopeClaims.FullName, user.FullName));
        identity.AddClaim(new Claim(ScopeClaims.TwoFactor, user.TwoFactorEnabled ? "true" : "false"));
        if (user.AgencyId is { } agency) identity.AddClaim(new Claim(ScopeClaims.Agency, agency.ToString()));
        if (user.ProvinceCode is { } province) identity.AddClaim(new Claim(ScopeClaims.Province, province));
        if (user.CountryCode is { } country) identity.AddClaim(new Claim(ScopeClaims.Country, country));
        if (user.PanelSector is { } sector) identity.AddClaim(new Claim(ScopeClaims.PanelSector, sector.ToString()));
        return identity;
    }
}
