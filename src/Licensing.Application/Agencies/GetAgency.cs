using Licensing.Application.Abstractions;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Agencies;

/// <summary>One agency with its branches, PDOT centres and current licence.</summary>
public static class GetAgency
{
    public sealed record Site(Guid Id, string Name, string Address, string ProvinceCode, int? Capacity);

    /// <summary>The agency's licence; <see cref="RenewalOpensOn"/>: the first day a renewal may be begun.</summary>
    public sealed record LicenceSummary(Guid Id, string Number, LicenceStatus Status, DateOnly IssuedOn, DateOnly ExpiresOn, bool RenewalPending, DateOnly RenewalOpensOn);

    public sealed record Detail(
        Guid Id, string NameKm, string NameEn, string RegistrationNumber, string TaxNumber, string HeadOfficeAddress, string HeadOfficeProvinceCode,
        string Phone, string Email, string Directors, Guid Version, IReadOnlyList<Site> Branches, IReadOnlyList<Site> TrainingCentres, LicenceSummary? Licence);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, RuleSettingsCache rules)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var agency = await db.Agencies.AsNoTracking().VisibleTo(user)
                .Include(a => a.Branches).Include(a => a.TrainingCentres)
                .SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
                ?? throw DomainException.NotFound();
            var window = (await rules.GetAsync(db, cancellationToken)).RenewalWindowDays;
            var held = await db.Licences.AsNoTracking().OfAgency(id)
                .Select(l => new { l.Id, l.Number, l.Status, l.IssuedOn, l.ExpiresOn, l.RenewalPending })
                .FirstOrDefaultAsync(cancellationToken);
            var licence = held is null ? null : new LicenceSummary(held.Id, held.Number, held.Status, held.IssuedOn, held.ExpiresOn, held.RenewalPending,
                Licence.RenewalWindowOpensOn(held.ExpiresOn, window));
            return new Detail(
                agency.Id, agency.Name.Km, agency.Name.En, agency.RegistrationNumber, agency.TaxNumber, agency.HeadOffice.Line, agency.HeadOffice.ProvinceCode,
                agency.Phone, agency.Email, agency.Directors, agency.Version,
                agency.Branches.Select(b => new Site(b.Id, b.Name, b.Address.Line, b.Address.ProvinceCode, null)).ToList(),
                agency.TrainingCentres.Select(c => new Site(c.Id, c.Name, c.Address.Line, c.Address.ProvinceCode, c.Capacity)).ToList(),
                licence);
        }
    }
}
