using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Licences;

public static class LicenceAccess
{
    /// <summary>Agency staff see their agency's licences; government users see all.</summary>
    public static IQueryable<Licence> VisibleTo(this IQueryable<Licence> licences, ICurrentUser user) =>
        user.AgencyScope() is { } agencyId ? licences.Where(l => l.AgencyId == agencyId) : licences;

    public static async Task<Licence> LoadVisibleAsync(this ILicensingDb db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.Licences.VisibleTo(user).Include(l => l.History).SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
        ?? throw DomainException.NotFound();
}
