using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>An inspector declares a conflict of interest with an agency; planning and scheduling then never assign them to it.</summary>
public static class DeclareConflict
{
    public sealed record Command(Guid AgencyId, string Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.AgencyId).NotEmpty().WithName(_ => Catalogue.Say(Keys.Agency));
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).WithName(_ => Catalogue.Say(Keys.Reason));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var inspectorId = user.UserId!.Value;
            if (!await db.Agencies.AnyAsync(a => a.Id == command.AgencyId, cancellationToken))
            {
                throw new DomainException(ErrorCodes.AgencyUnknown, DomainErrorKind.Invalid);
            }
            if (await db.InspectorConflicts.AnyAsync(c => c.InspectorId == inspectorId && c.AgencyId == command.AgencyId, cancellationToken)) return;
            db.InspectorConflicts.Add(new InspectorConflict(inspectorId, command.AgencyId, command.Reason.Trim(), clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
