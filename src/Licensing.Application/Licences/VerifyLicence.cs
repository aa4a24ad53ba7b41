using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Licences;

/// <summary>
/// Public verification, no login: what anyone may know about a licence (its status and dates,
/// the agency's name, head office, branches and PDOT centres) and nothing personal.
/// </summary>
public static class VerifyLicence
{
    public sealed record Place(string Address, string ProvinceKm, string ProvinceEn);

    public sealed record PublicLicence(string Number, LicenceStatus Status, bool RenewalPending, DateOnly IssuedOn, DateOnly ExpiresOn, DateOnly? SuspendedUntil,
        string AgencyNameKm, string AgencyNameEn, Place HeadOffice, IReadOnlyList<Place> Branches, IReadOnlyList<Place> TrainingCentres);

    public sealed record Match(string Number, LicenceStatus Status, DateOnly ExpiresOn, string AgencyNameKm, string AgencyNameEn);

    /// <remarks>The database is asked for only when the answer is not cached: most requests build no unit of work.</remarks>
    public sealed class Handler(Func<ILicensingDb> database, VerificationCache cache)
    {
        public Task<PublicLicence> ByNumberAsync(string number, CancellationToken cancellationToken)
        {
            var normalized = number.Trim().ToUpperInvariant();
            return cache.GetOrLoadAsync(normalized, () => LoadAsync(normalized, cancellationToken));
        }

        private async Task<PublicLicence> LoadAsync(string normalized, CancellationToken cancellationToken)
        {
            var db = database();
            var licence = await db.Licences.AsNoTracking().SingleOrDefaultAsync(l => l.Number == normalized, cancellationToken)
                ?? throw DomainException.NotFound("Licence");
            var agency = await db.Agencies.AsNoTracking().Include(a => a.Branches).Include(a => a.TrainingCentres)
                .SingleAsync(a => a.Id == licence.AgencyId, cancellationToken);
            var provinces = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
            Place PlaceOf(Domain.Agencies.Address address) =>
                new(address.Line, provinces.GetValueOrDefault(address.ProvinceCode)?.Km ?? address.ProvinceCode, provinces.GetValueOrDefault(address.ProvinceCode)?.En ?? address.ProvinceCode);

            return new PublicLicence(licence.Number, licence.Status, licence.RenewalPending, licence.IssuedOn, licence.ExpiresOn, licence.SuspendedUntil,
                agency.Name.Km, agency.Name.En, PlaceOf(agency.HeadOffice),
                agency.Branches.Select(b => PlaceOf(b.Address)).ToList(),
                agency.TrainingCentres.Select(c => PlaceOf(c.Address)).ToList());
        }

        /// <summary>Licences whose number or agency name (Khmer or Latin script) contains the text; at most 20.</summary>
        public async Task<IReadOnlyList<Match>> SearchAsync(string? text, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2) return [];
            var pattern = $"%{text.Trim().ToUpperInvariant()}%";
            var db = database();
            return await db.Licences.AsNoTracking()
                .Join(db.Agencies, l => l.AgencyId, a => a.Id, (l, a) => new { l, a })
                .Where(x => EF.Functions.Like(x.l.Number, pattern) || EF.Functions.Like(x.a.Name.En.ToUpper(), pattern) || EF.Functions.Like(x.a.Name.Km, pattern))
                .OrderBy(x => x.a.Name.En).ThenByDescending(x => x.l.ExpiresOn)
                .Take(20)
                .Select(x => new Match(x.l.Number, x.l.Status, x.l.ExpiresOn, x.a.Name.Km, x.a.Name.En))
                .ToListAsync(cancellationToken);
        }
    }
}
