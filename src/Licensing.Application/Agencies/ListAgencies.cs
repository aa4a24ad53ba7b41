using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Agencies;

/// <summary>The agency registry, searchable by name in either script or by registration number; agency staff see only their own.</summary>
public static class ListAgencies
{
    public sealed record Query(string? Search, string? ProvinceCode, int? Page, int? PageSize);

    public sealed record Item(Guid Id, string NameKm, string NameEn, string RegistrationNumber, string ProvinceCode, string? LicenceNumber, LicenceStatus? LicenceStatus);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var agencies = db.Agencies.AsNoTracking().VisibleTo(user);
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var pattern = $"%{query.Search.Trim().ToUpperInvariant()}%";
                agencies = agencies.Where(a => EF.Functions.Like(a.Name.En.ToUpper(), pattern) || EF.Functions.Like(a.Name.Km, pattern) || a.RegistrationNumber == query.Search.Trim());
            }
            if (!string.IsNullOrWhiteSpace(query.ProvinceCode)) agencies = agencies.Where(a => a.HeadOffice.ProvinceCode == query.ProvinceCode);

            var total = await agencies.CountAsync(cancellationToken);
            var items = await agencies
                .OrderBy(a => a.Name.En)
                .Skip((number - 1) * size).Take(size)
                .Select(a => new
                {
                    a.Id, a.Name.Km, a.Name.En, a.RegistrationNumber, a.HeadOffice.ProvinceCode,
                    Licence = db.Licences.Where(l => l.AgencyId == a.Id).OrderByDescending(l => l.IssuedOn).Select(l => new { l.Number, l.Status }).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return new Page<Item>(items.Select(a => new Item(a.Id, a.Km, a.En, a.RegistrationNumber, a.ProvinceCode, a.Licence?.Number, a.Licence?.Status)).ToList(), total, number, size);
        }
    }
}
