using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;

namespace Licensing.Application.Workers;

/// <summary>The agency confirms that a deployed worker arrived in the receiving country.</summary>
public static class ConfirmArrival
{
    public sealed record Command(DateOnly? ArrivedOn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.ArrivedOn).NotNull().WithName(_ => Catalogue.Say(Keys.ArrivalDate));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            deployment.ConfirmArrival(command.ArrivedOn!.Value);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
