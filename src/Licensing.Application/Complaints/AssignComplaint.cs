using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Application.Complaints;

/// <summary>
/// The desk's supervisor (a provincial officer of the province, or MLVT) gives the complaint to an
/// officer of the same desk, who is told in their inbox (ComplaintAssigned).
/// </summary>
public static class AssignComplaint
{
    public sealed record Command(Guid OfficerId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.OfficerId).NotEmpty().WithName(_ => Catalogue.Say(Keys.Officer));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, ListComplaintOfficers.Handler officers, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var officer = (await officers.HandleAsync(id, cancellationToken)).SingleOrDefault(o => o.Id == command.OfficerId)
                ?? throw new DomainException(ErrorCodes.OfficerNotOnDesk, DomainErrorKind.Invalid);
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            complaint.Assign(officer.Id, officer.Name, user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
