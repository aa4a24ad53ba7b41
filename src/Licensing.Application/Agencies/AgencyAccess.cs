using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Licensing.Domain.Agencies;
using Licensing.Domain.Identity;

namespace Licensing.Application.Agencies;

/// <summary>
/// Who sees which agency: agency staff only their own, everyone else in government all of
/// them. A record outside the caller's scope is treated as not found.
/// </summary>
public static class AgencyAccess
{
    public static IQueryable<Agency> VisibleTo(this IQueryable<Agency> agencies, ICurrentUser user) =>
        user.IsInRole(Roles.AgencyStaff) ? agencies.Where(a => a.Id == user.AgencyId) : agencies;

    /// <summary>The agency id a query must be limited to, or null for government users who see all.</summary>
    public static Guid? AgencyScope(this ICurrentUser user) =>
        user.IsInRole(Roles.AgencyStaff) ? user.AgencyId ?? Guid.Empty : null;

    public static bool IsLicensingOfficer(this ICurrentUser user) => user.Satisfies(Policies.LicensingOfficers);
}
