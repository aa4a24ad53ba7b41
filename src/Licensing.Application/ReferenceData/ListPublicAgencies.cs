using Licensing.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.ReferenceData;

/// <summary>The agencies marked public (MTOSB), the only ones whose job orders a reserved country accepts (R33).</summary>
public static class ListPublicAgencies
{
    public sealed record PublicAgency(Guid Id, string NameKm, string NameEn, string RegistrationNumber);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<PublicAgency>> HandleAsync(CancellationToken cancellationToken) =>
            await db.Agencies.AsNoTracking().Where(a => a.IsPublicAgency).OrderBy(a => a.Name.En)
                .Select(a => new PublicAgency(a.Id, a.Name.Km, a.Name.En, a.RegistrationNumber)).ToListAsync(cancellationToken);
    }
}
