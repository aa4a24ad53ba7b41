using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.JobOrders;

/// <summary>Loads what <see cref="WorkLegality"/> needs for one offer and applies it (R26, R33).</summary>
public static class JobOrderLegality
{
    public static async Task EnsureLegalAsync(this ILicensingDb db, Guid agencyId, JobOffer offer, DateOnly today, CancellationToken cancellationToken)
    {
        var country = await db.Countries.AsNoTracking().SingleOrDefaultAsync(c => c.Code == offer.CountryCode, cancellationToken)
            ?? throw new DomainException(ErrorCodes.CountryUnknown, DomainErrorKind.Invalid);
        var sector = await db.Sectors.AsNoTracking().SingleOrDefaultAsync(s => s.Code == offer.SectorCode, cancellationToken)
            ?? throw new DomainException(ErrorCodes.SectorUnknown, DomainErrorKind.Invalid);
        var publicAgency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.IsPublicAgency).SingleOrDefaultAsync(cancellationToken);
        var restrictions = await db.DeploymentRestrictions.AsNoTracking()
            .Where(r => r.CountryCode == offer.CountryCode && r.SectorCode == offer.SectorCode).ToListAsync(cancellationToken);
        WorkLegality.Ensure(offer, country, sector, publicAgency, restrictions, today);
    }
}
