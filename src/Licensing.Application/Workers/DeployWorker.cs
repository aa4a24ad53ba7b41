using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Workers;

namespace Licensing.Application.Workers;

/// <summary>
/// The worker departs (refused with the list of every unmet pre-departure condition) and later
/// the agency confirms their arrival.
/// </summary>
public static class DeployWorker
{
    public sealed record Command(DateOnly? DepartedOn, string DeparturePoint);

    public sealed record Arrival(DateOnly? ArrivedOn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DepartedOn).NotNull().WithName(_ => Text.Pick("Departure date", "ថ្ងៃចេញដំណើរ"));
            RuleFor(c => c.DeparturePoint).NotEmpty().MaximumLength(200).WithName(_ => Text.Pick("Border checkpoint or airport", "ច្រកព្រំដែន ឬអាកាសយានដ្ឋាន"));
        }
    }

    public sealed class ArrivalValidator : AbstractValidator<Arrival>
    {
        public ArrivalValidator() => RuleFor(c => c.ArrivedOn).NotNull().WithName(_ => Text.Pick("Arrival date", "ថ្ងៃមកដល់"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, RuleSettingsCache rules)
    {
        public async Task DeployAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var context = await db.DepartureContextAsync(rules, deployment, cancellationToken);
            deployment.Deploy(new Departure(command.DepartedOn!.Value, command.DeparturePoint.Trim()), context);
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task ArrivalAsync(Guid workerId, Arrival arrival, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            deployment.ConfirmArrival(arrival.ArrivedOn!.Value);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
