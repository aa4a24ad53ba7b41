using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
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

    /// <summary>How many matches a page of the public search shows.</summary>
    public const int SearchPageSize = 20;

    public sealed record Match(string Number, LicenceStatus Status, DateOnly ExpiresOn, string AgencyNameKm, string AgencyNameEn);

    /// <remarks>
    /// The database is asked for only when the answer is not cached: most requests build no unit of work.
    /// A miss makes two projecting queries (the licence with its agency, then the places); province names come from <see cref="ProvinceNames"/>.
    /// </remarks>
    public sealed class Handler(Func<ILicensingDb> database, VerificationCache cache, ProvinceNames provinceNames)
    {
        public Task<PublicLicence> ByNumberAsync(string number, CancellationToken cancellationToken)
        {
            var normalized = number.Trim().ToUpperInvariant();
            return cache.GetOrLoadAsync(normalized, () => LoadAsync(normalized, cancellationToken));
        }

        private async Task<PublicLicence> LoadAsync(string normalized, CancellationToken cancellationToken)
        {
            var db = database();
            var licence = await db.Licences.AsNoTracking().Where(l => l.Number == normalized)
                .Join(db.Agencies, l => l.AgencyId, a => a.Id, (l, a) => new
                {
                    l.Number, l.Status, l.RenewalPending, l.IssuedOn, l.ExpiresOn, l.SuspendedUntil,
                    AgencyId = a.Id, NameKm = a.Name.Km, NameEn = a.Name.En, a.HeadOffice.Line, a.HeadOffice.ProvinceCode,
                })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw DomainException.NotFound();
            // Branches then centres, each in id order (as the agency's collections load), in one query and no cartesian product.
            var agency = db.Agencies.AsNoTracking().Where(a => a.Id == licence.AgencyId);
            var places = await agency.SelectMany(a => a.Branches).Select(b => new { Centre = false, b.Id, b.Address.Line, b.Address.ProvinceCode })
                .Concat(agency.SelectMany(a => a.TrainingCentres).Select(c => new { Centre = true, c.Id, c.Address.Line, c.Address.ProvinceCode }))
                .OrderBy(p => p.Centre).ThenBy(p => p.Id)
                .ToListAsync(cancellationToken);
            var provinces = await provinceNames.GetAsync(db, cancellationToken);
            Place PlaceOf(string line, string provinceCode) =>
                new(line, provinces.GetValueOrDefault(provinceCode)?.Km ?? provinceCode, provinces.GetValueOrDefault(provinceCode)?.En ?? provinceCode);

            return new PublicLicence(licence.Number, licence.Status, licence.RenewalPending, licence.IssuedOn, licence.ExpiresOn, licence.SuspendedUntil,
                licence.NameKm, licence.NameEn, PlaceOf(licence.Line, licence.ProvinceCode),
                places.Where(p => !p.Centre).Select(p => PlaceOf(p.Line, p.ProvinceCode)).ToList(),
                places.Where(p => p.Centre).Select(p => PlaceOf(p.Line, p.ProvinceCode)).ToList());
        }

        /// <summary>One page of the licences whose number or agency name (Khmer or Latin script) contains the text, with how many there are.</summary>
        public async Task<Page<Match>> SearchAsync(string? text, int? page, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(page, SearchPageSize);
            if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2) return new Page<Match>([], 0, number, size);
            var pattern = LicenceSearch.Pattern(text);
            var db = database();
            var matches = db.Licences.AsNoTracking()
                .Join(db.Agencies, l => l.AgencyId, a => a.Id, (l, a) => new { l, a })
                .Where(x => EF.Functions.Like(x.l.Number, pattern) || EF.Functions.Like(x.a.Name.En.ToUpper(), pattern) || EF.Functions.Like(x.a.Name.Km, pattern));
            var total = await matches.CountAsync(cancellationToken);
            var items = await matches
                .OrderBy(x => x.a.Name.En).ThenByDescending(x => x.l.ExpiresOn).ThenBy(x => x.l.Number)
                .Skip((number - 1) * size).Take(size)
                .Select(x => new Match(x.l.Number, x.l.Status, x.l.ExpiresOn, x.a.Name.Km, x.a.Name.En))
                .ToListAsync(cancellationToken);
            return new Page<Match>(items, total, number, size);
        }
    }
}
