using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Applications;

/// <summary>Licence applications are seen by licensing officers and by the applying agency's own staff only.</summary>
public static class ApplicationAccess
{
    public static IQueryable<LicenceApplication> VisibleTo(this IQueryable<LicenceApplication> applications, ICurrentUser user) =>
        user.IsLicensingOfficer() ? applications
        : user.AgencyScope() is { } agencyId ? applications.Where(a => a.AgencyId == agencyId)
        : applications.Where(_ => false);

    public static async Task<LicenceApplication> LoadVisibleAsync(this ILicensingDb db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.LicenceApplications.VisibleTo(user)
            .Include(a => a.Documents).Include(a => a.Events)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw DomainException.NotFound();

    /// <summary>Only the applying agency's staff may change or submit; an officer reaching this is refused.</summary>
    public static void EnsureApplicant(this ICurrentUser user, LicenceApplication application)
    {
        if (user.AgencyId != application.AgencyId)
        {
            throw new DomainException(ErrorCodes.NotApplicant, DomainErrorKind.Conflict);
        }
    }

    public static async Task<IReadOnlyList<string>> RequiredDocumentCodesAsync(this ILicensingDb db, CancellationToken cancellationToken) =>
        await db.DocumentRequirements.Where(r => r.Active).OrderBy(r => r.Order).Select(r => r.Code).ToListAsync(cancellationToken);
}
