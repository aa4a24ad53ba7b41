using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;

namespace Licensing.Application.Complaints;

/// <summary>
/// From a complaint against a licensed agency, the handling officer proposes a sanction; deciding it belongs to the
/// evaluation and penalties work.
/// </summary>
public static class ProposeComplaintSanction
{
    public sealed record Command(string Reason, string SuggestedPenalty);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.Reason));
            RuleFor(c => c.SuggestedPenalty).NotEmpty().MaximumLength(500).WithName(_ => Catalogue.Say(Keys.SuggestedPenalty));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            complaint.ProposeSanction(command.Reason.Trim(), command.SuggestedPenalty.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
