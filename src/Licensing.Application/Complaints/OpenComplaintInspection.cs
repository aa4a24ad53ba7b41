using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Inspections;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Complaints;

/// <summary>
/// From a complaint against a licensed agency, the handling officer opens a special inspection linked to the complaint
/// (<see cref="CreateInspection"/>); the complaint notes it.
/// </summary>
public static class OpenComplaintInspection
{
    public sealed record Command(DateOnly? PlannedFor, bool Announced);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.PlannedFor).NotNull().WithName(_ => Catalogue.Say(Keys.PlannedFor));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, CreateInspection.Handler inspections, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            var agencyId = complaint.AgencyId ?? throw new DomainException(ErrorCodes.NoAgency);
            complaint.Write(ComplaintEntryKind.OfficerNote, $"Special inspection requested for {command.PlannedFor:yyyy-MM-dd}", user.AsActor(clock));
            return await inspections.SpecialAsync(new CreateInspection.SpecialCommand(agencyId, command.PlannedFor!.Value, command.Announced, complaint.Id), cancellationToken);
        }
    }
}
