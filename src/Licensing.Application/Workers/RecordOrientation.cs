using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>The agency records the pre-departure orientation training (PDOT), given at one of its own centres, on the worker's open deployment.</summary>
public static class RecordOrientation
{
    public sealed record Command(Guid? TrainingCentreId, DateOnly? CompletedOn, decimal? Hours, IReadOnlyList<string>? Topics);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.TrainingCentreId).NotNull().WithName(_ => Catalogue.Say(Keys.TrainingCentre));
            RuleFor(c => c.CompletedOn).NotNull().WithName(_ => Catalogue.Say(Keys.CompletedOn));
            RuleFor(c => c.Hours).NotNull().InclusiveBetween(0.5m, 1000m).WithName(_ => Catalogue.Say(Keys.Hours));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var centreId = command.TrainingCentreId!.Value;
            var ownCentre = await db.Agencies.Where(a => a.Id == deployment.AgencyId).SelectMany(a => a.TrainingCentres).AnyAsync(c => c.Id == centreId, cancellationToken);
            if (!ownCentre)
            {
                throw new DomainException(ErrorCodes.TrainingCentreUnknown, DomainErrorKind.Invalid);
            }
            deployment.RecordOrientation(new Orientation(centreId, command.CompletedOn!.Value, command.Hours!.Value, string.Join(',', command.Topics ?? [])));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
