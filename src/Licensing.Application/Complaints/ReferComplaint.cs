using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Complaints;

/// <summary>
/// The handling officer refers the complaint to a court, the police/NCCT (the Ministry of Interior
/// is told) or an embassy; the complainant is told (ComplaintDecided).
/// </summary>
public static class ReferComplaint
{
    public sealed record Command(ReferralTarget? Target, string Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Target).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.ReferredTo));
            RuleFor(c => c.Note).NotEmpty().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.Note));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            complaint.Refer(command.Target!.Value, command.Note.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
