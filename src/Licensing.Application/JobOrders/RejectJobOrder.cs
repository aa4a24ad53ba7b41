using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Application.JobOrders;

/// <summary>A licensing officer rejects a job order with a reason; the agency is told (JobOrderRejected).</summary>
public static class RejectJobOrder
{
    public sealed record Command(string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Note).MaximumLength(1000).WithName(_ => Catalogue.Say(Keys.Note));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            user.EnsureJobOrderOfficer();
            if (string.IsNullOrWhiteSpace(command.Note))
            {
                throw new DomainException(ErrorCodes.ReasonMissing, DomainErrorKind.Invalid);
            }
            var order = await db.LoadVisibleJobOrderAsync(user, id, cancellationToken);
            order.Reject(command.Note.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
