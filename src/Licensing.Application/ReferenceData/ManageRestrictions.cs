using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.ReferenceData;

/// <summary>
/// Administrators keep the (country, sector) restrictions (R26): list them, add one with its legal basis, end one.
/// A pair has at most one restriction in force; an ended one stays on record.
/// </summary>
public static class ManageRestrictions
{
    public sealed record Item(
        Guid Id, string CountryCode, string CountryKm, string CountryEn, string SectorCode, string SectorKm, string SectorEn,
        DateOnly Since, bool SinceMonthOnly, string SinceKm, string SinceEn, string LegalBasisKm, string LegalBasisEn, DateOnly? EndedOn);

    public sealed record Command(string CountryCode, string SectorCode, DateOnly Since, bool SinceMonthOnly, string LegalBasisKm, string LegalBasisEn);

    public sealed record Ending(DateOnly EndedOn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CountryCode).NotEmpty().Length(2).WithName(_ => Text.Pick("Country", "ប្រទេស"));
            RuleFor(c => c.SectorCode).NotEmpty().MaximumLength(32).WithName(_ => Text.Pick("Sector", "វិស័យ"));
            RuleFor(c => c.Since).NotEmpty().WithName(_ => Text.Pick("In force since", "អនុវត្តតាំងពី"));
            RuleFor(c => c.LegalBasisKm).NotEmpty().MaximumLength(500).WithName(_ => Text.Pick("Legal basis (Khmer)", "មូលដ្ឋានច្បាប់ (ខ្មែរ)"));
            RuleFor(c => c.LegalBasisEn).NotEmpty().MaximumLength(500).WithName(_ => Text.Pick("Legal basis (English)", "មូលដ្ឋានច្បាប់ (អង់គ្លេស)"));
        }
    }

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<Item>> ListAsync(CancellationToken cancellationToken)
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

        public async Task<Guid> AddAsync(Command command, CancellationToken cancellationToken)
        {
            var country = command.CountryCode.ToUpperInvariant();
            if (!await db.Countries.AnyAsync(c => c.Code == country, cancellationToken))
            {
                throw new DomainException(ErrorCodes.CountryUnknown, DomainErrorKind.Invalid);
            }
            if (!await db.Sectors.AnyAsync(s => s.Code == command.SectorCode, cancellationToken))
            {
                throw new DomainException(ErrorCodes.SectorUnknown, DomainErrorKind.Invalid);
            }
            if (await db.DeploymentRestrictions.AnyAsync(r => r.CountryCode == country && r.SectorCode == command.SectorCode && r.EndedOn == null, cancellationToken))
            {
                throw new DomainException(ErrorCodes.RestrictionExists);
            }
            var restriction = new DeploymentRestriction(country, command.SectorCode, command.Since, command.SinceMonthOnly,
                new LocalizedText(command.LegalBasisKm.Trim(), command.LegalBasisEn.Trim()));
            db.DeploymentRestrictions.Add(restriction);
            await db.SaveChangesAsync(cancellationToken);
            return restriction.Id;
        }

        public async Task EndAsync(Guid id, Ending ending, CancellationToken cancellationToken)
        {
            var restriction = await db.DeploymentRestrictions.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw DomainException.NotFound();
            restriction.End(ending.EndedOn);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
