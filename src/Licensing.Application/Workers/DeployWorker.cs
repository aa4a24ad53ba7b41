using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// The worker departs against the departure clearance the system issued (R32), on their real date.
/// </summary>
public static class DeployWorker
{
    public sealed record Command(DateOnly? DepartedOn, string DeparturePoint);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DepartedOn).NotNull().WithName(_ => Catalogue.Say(Keys.DepartureDate));
            RuleFor(c => c.DeparturePoint).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.BorderCheckpointOrAirport));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, BusinessCalendar calendar)
    {
        public async Task DeployAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            // The latest clearance decides: a void or lapsed one is refused by name.
            var clearance = await db.DepartureClearances.Where(c => c.DeploymentId == deployment.Id)
                .OrderByDescending(c => c.IssuedAt).FirstOrDefaultAsync(cancellationToken)
                ?? throw new DomainException(ErrorCodes.ClearanceMissing);
            deployment.Deploy(new Departure(command.DepartedOn!.Value, command.DeparturePoint.Trim()), clearance, calendar.Today);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
