using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Security;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// Who sees which cases: agency staff their agency's, embassy officers those in their country,
/// the Ministry of Interior and MLVT all. Each officer speaks for one recipient body.
/// </summary>
public static class DisappearanceAccess
{
    public static IQueryable<DisappearanceCase> VisibleCases(this ILicensingDb db, ICurrentUser user) =>
        db.DisappearanceCases.AsNoTracking().WithinScopeOf(user);

    private static IQueryable<DisappearanceCase> WithinScopeOf(this IQueryable<DisappearanceCase> cases, ICurrentUser user)
    {
        if (user.IsInRole(Roles.AgencyStaff)) return cases.Where(c => c.AgencyId == user.AgencyId);
        if (user.IsInRole(Roles.EmbassyOfficer)) return cases.Where(c => c.CountryCode == user.CountryCode);
        if (user.Satisfies(Policies.DisappearanceViewers)) return cases; // the other readers: Interior, MLVT, inspectors
        return cases.Where(_ => false);
    }

    /// <summary>The case with its recipients and updates, tracked for a change, if the caller may see it.</summary>
    public static async Task<DisappearanceCase> LoadCaseAsync(this ILicensingDb db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.DisappearanceCases.WithinScopeOf(user).Include(c => c.Recipients).Include(c => c.Updates).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw DomainException.NotFound();

    /// <summary>The case the reporting family opens with its number and PIN (<see cref="PublicPin.OpenAsync"/>), tracked for a change.</summary>
    public static async Task<DisappearanceCase> LoadForFamilyAsync(this ILicensingDb db, string? number, string? pin, TimeProvider clock, CancellationToken cancellationToken)
    {
        var normalized = DisappearanceCase.NormalizeNumber(number);
        var found = await db.DisappearanceCases.Include(c => c.Recipients).Include(c => c.Updates).SingleOrDefaultAsync(c => c.Number == normalized, cancellationToken);
        return await PublicPin.OpenAsync(db, found, pin, clock, ErrorCodes.MissingCaseNotFound, cancellationToken);
    }

    /// <summary>The recipient body the caller acts for, or null (agency staff, other roles).</summary>
    public static RecipientBody? BodyOf(this ICurrentUser user) =>
        user.IsInRole(Roles.EmbassyOfficer) && user.CountryCode is { } country ? RecipientBody.Embassy(country)
        : user.IsInRole(Roles.InteriorOfficer) ? RecipientBody.Interior
        : user.Satisfies(Policies.LicensingOfficers) ? RecipientBody.Ministry
        : null;

    /// <summary>The party the caller writes for on a case, or null when they may only read.</summary>
    public static CaseParty? PartyOf(this ICurrentUser user) =>
        user.IsInRole(Roles.AgencyStaff) ? CaseParty.Agency
        : user.BodyOf()?.Party;
}
