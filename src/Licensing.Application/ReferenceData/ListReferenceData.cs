using Licensing.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.ReferenceData;

/// <summary>The reference lists, with names in both languages.</summary>
public static class ListReferenceData
{
    public sealed record CountryItem(string Code, string NameKm, string NameEn, string EmbassyKm, string EmbassyEn, bool HasLabourMou, bool ReservedToPublicAgencies);

    public sealed record NamedItem(string Code, string NameKm, string NameEn);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<CountryItem>> CountriesAsync(CancellationToken cancellationToken) =>
            await db.Countries.AsNoTracking().OrderBy(c => c.Name.En)
                .Select(c => new CountryItem(c.Code, c.Name.Km, c.Name.En, c.Embassy.Km, c.Embassy.En, c.HasLabourMou, c.ReservedToPublicAgencies))
                .ToListAsync(cancellationToken);

        public async Task<IReadOnlyList<NamedItem>> ProvincesAsync(CancellationToken cancellationToken) =>
            await db.Provinces.AsNoTracking().OrderBy(p => p.Name.En)
                .Select(p => new NamedItem(p.Code, p.Name.Km, p.Name.En))
                .ToListAsync(cancellationToken);

        public async Task<IReadOnlyList<NamedItem>> SectorsAsync(CancellationToken cancellationToken) =>
            await db.Sectors.AsNoTracking().OrderBy(s => s.Name.En)
                .Select(s => new NamedItem(s.Code, s.Name.Km, s.Name.En))
                .ToListAsync(cancellationToken);
    }
}
