using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.ReferenceData;

/// <summary>Administrators add a (country, sector) restriction with its legal basis (R26); a pair has at most one in force.</summary>
public static class AddRestriction
{
    public sealed record Command(string CountryCode, string SectorCode, DateOnly Since, bool SinceMonthOnly, string LegalBasisKm, string LegalBasisEn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CountryCode).NotEmpty().Length(2).WithName(_ => Catalogue.Say(Keys.Country));
            RuleFor(c => c.SectorCode).NotEmpty().MaximumLength(32).WithName(_ => Catalogue.Say(Keys.Sector));
            RuleFor(c => c.Since).NotEmpty().WithName(_ => Catalogue.Say(Keys.InForceSince));
            RuleFor(c => c.LegalBasisKm).NotEmpty().MaximumLength(500).WithName(_ => Catalogue.Say(Keys.LegalBasisKm));
            RuleFor(c => c.LegalBasisEn).NotEmpty().MaximumLength(500).WithName(_ => Catalogue.Say(Keys.LegalBasisEn));
        }
    }

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
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
    }
}
