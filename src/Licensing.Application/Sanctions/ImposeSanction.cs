using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Sanctions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Sanctions;

/// <summary>
/// The one way a penalty is imposed, whatever led to it: an evaluation decision, a critical
/// inspection finding, or a complaint, each of which must exist and concern the agency. The appeal deadline
/// comes from the setting; a suspension or revocation effective today changes the licence at once,
/// a later one on its date (daily job).
/// </summary>
public static class ImposeSanction
{
    public sealed record Command(
        Guid AgencyId, SanctionSource Source, Guid SourceId, SanctionKind Kind, decimal? FineAmountUsd, int? SuspensionMonths,
        string LegalBasis, string Reason, DateOnly? EffectiveFrom);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.AgencyId).NotEmpty().WithName(_ => Catalogue.Say(Keys.Agency));
            RuleFor(c => c.Source).IsInEnum().WithName(_ => Catalogue.Say(Keys.Source));
            RuleFor(c => c.SourceId).NotEmpty().WithName(_ => Catalogue.Say(Keys.Source));
            RuleFor(c => c.Kind).IsInEnum().WithName(_ => Catalogue.Say(Keys.Sanction));
            RuleFor(c => c.FineAmountUsd).NotNull().GreaterThan(0).LessThan(100_000_000).When(c => c.Kind == SanctionKind.Fine).WithName(_ => Catalogue.Say(Keys.FineUsd));
            RuleFor(c => c.SuspensionMonths).NotNull().InclusiveBetween(1, 120).When(c => c.Kind == SanctionKind.Suspension).WithName(_ => Catalogue.Say(Keys.MonthsOfSuspension));
            RuleFor(c => c.LegalBasis).NotEmpty().MaximumLength(500).WithName(_ => Catalogue.Say(Keys.LegalBasis));
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.Reason));
        }
    }

    public sealed class Handler(ILicensingDb db, SanctionEffects effects, BusinessCalendar calendar)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            await EnsureSourceAsync(command, cancellationToken);
            var terms = new SanctionTerms(command.Kind, command.FineAmountUsd, command.SuspensionMonths, command.LegalBasis, command.Reason,
                command.EffectiveFrom ?? calendar.Today);
            var sanction = await effects.ImposeAsync(command.AgencyId, command.Source, command.SourceId, terms, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return sanction.Id;
        }

        /// <summary>The evaluation, inspection finding or complaint the sanction cites must exist and concern the sanctioned agency.</summary>
        private async Task EnsureSourceAsync(Command command, CancellationToken cancellationToken)
        {
            var exists = command.Source switch
            {
                SanctionSource.Evaluation => await db.Evaluations.AnyAsync(e => e.Id == command.SourceId && e.AgencyId == command.AgencyId, cancellationToken),
                SanctionSource.InspectionFinding => await db.Inspections.AnyAsync(i => i.AgencyId == command.AgencyId && i.Findings.Any(f => f.Id == command.SourceId), cancellationToken),
                SanctionSource.Complaint => await db.Complaints.AnyAsync(c => c.Id == command.SourceId && c.AgencyId == command.AgencyId, cancellationToken),
                _ => false,
            };
            if (!exists)
            {
                throw new DomainException(ErrorCodes.SourceUnknown, DomainErrorKind.Invalid);
            }
        }
    }
}
