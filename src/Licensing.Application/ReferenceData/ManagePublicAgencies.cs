using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.ReferenceData;

/// <summary>
/// Administrators reserve a country to public agencies (South Korea, by default) and mark an agency as public
/// (MTOSB): in a reserved country only a public agency's job orders are accepted (R33).
/// </summary>
public static class ManagePublicAgencies
{
    public sealed record Reservation(bool Reserved);

    public sealed record PublicMark(bool IsPublic);

    public sealed record PublicAgency(Guid Id, string NameKm, string NameEn, string RegistrationNumber);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<PublicAgency>> ListPublicAgenciesAsync(CancellationToken cancellationToken) =>
            await db.Agencies.AsNoTracking().Where(a => a.IsPublicAgency).OrderBy(a => a.Name.En)
                .Select(a => new PublicAgency(a.Id, a.Name.Km, a.Name.En, a.RegistrationNumber)).ToListAsync(cancellationToken);

        public async Task ReserveCountryAsync(string code, Reservation reservation, CancellationToken cancellationToken)
        {
            var upper = code.ToUpperInvariant();
            var country = await db.Countries.SingleOrDefaultAsync(c => c.Code == upper, cancellationToken) ?? throw DomainException.NotFound();
            country.ReserveToPublicAgencies(reservation.Reserved);
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task MarkAgencyAsync(Guid agencyId, PublicMark mark, CancellationToken cancellationToken)
        {
            var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken) ?? throw DomainException.NotFound();
            agency.MarkPublicAgency(mark.IsPublic);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
