using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// Officers open a special inspection (announced or not, possibly triggered by a complaint) of an
/// agency's head office.
/// </summary>
public static class CreateInspection
{
    public sealed record SpecialCommand(Guid AgencyId, DateOnly PlannedFor, bool Announced, Guid? ComplaintId);

    public sealed class Validator : AbstractValidator<SpecialCommand>
    {
        public Validator() => RuleFor(c => c.AgencyId).NotEmpty().WithName(_ => Catalogue.Say(Keys.Agency));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> SpecialAsync(SpecialCommand command, CancellationToken cancellationToken)
        {
            var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == command.AgencyId, cancellationToken)
                ?? throw new DomainException(ErrorCodes.AgencyUnknown, DomainErrorKind.Invalid);
            var site = new InspectionSite(SiteKind.HeadOffice, null, agency.HeadOffice.Line, agency.HeadOffice.ProvinceCode);
            var inspection = Inspection.Special(agency.Id, site, command.PlannedFor, command.Announced, command.ComplaintId,
                await db.CurrentChecklistVersionAsync(cancellationToken), user.AsActor(clock));
            db.Inspections.Add(inspection);
            await db.SaveChangesAsync(cancellationToken);
            return inspection.Id;
        }
    }
}
