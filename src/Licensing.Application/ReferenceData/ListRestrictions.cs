using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.ReferenceData;

/// <summary>The (country, sector) restrictions (R26), those in force first; an ended one stays on record.</summary>
public static class ListRestrictions
{
    public sealed record Item(
        Guid Id, string CountryCode, string CountryKm, string CountryEn, string SectorCode, string SectorKm, string SectorEn,
        DateOnly Since, bool SinceMonthOnly, string SinceKm, string SinceEn, string LegalBasisKm, string LegalBasisEn, DateOnly? EndedOn);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken)
        {
            var restrictions = await db.DeploymentRestrictions.AsNoTracking().ToListAsync(cancellationToken);
            var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
            var sectors = await db.Sectors.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken);
            return restrictions.OrderBy(r => r.EndedOn is not null).ThenBy(r => r.CountryCode).ThenBy(r => r.SectorCode).ThenByDescending(r => r.Since)
                .Select(r =>
                {
                    var country = countries.GetValueOrDefault(r.CountryCode) ?? new LocalizedText(r.CountryCode, r.CountryCode);
                    var sector = sectors.GetValueOrDefault(r.SectorCode) ?? new LocalizedText(r.SectorCode, r.SectorCode);
                    return new Item(r.Id, r.CountryCode, country.Km, country.En, r.SectorCode, sector.Km, sector.En, r.Since, r.SinceMonthOnly,
                        r.SinceText.Km, r.SinceText.En, r.LegalBasis.Km, r.LegalBasis.En, r.EndedOn);
                }).ToList();
        }
    }
}
