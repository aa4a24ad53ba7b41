using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Inspections;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Complaints;

/// <summary>
/// From a complaint against a licensed agency, the handling officer opens a special inspection
/// (linked to the complaint) or proposes a sanction; deciding the sanction belongs to the evaluation and penalties work.
/// </summary>
public static class FollowUpComplaint
{
    public sealed record InspectionCommand(DateOnly? PlannedFor, bool Announced);

    public sealed record SanctionCommand(string Reason, string SuggestedPenalty);

    public sealed class InspectionValidator : AbstractValidator<InspectionCommand>
    {
        public InspectionValidator() => RuleFor(c => c.PlannedFor).NotNull().WithName(_ => Text.Pick("Planned for", "គ្រោងសម្រាប់"));
    }

    public sealed class SanctionValidator : AbstractValidator<SanctionCommand>
    {
        public SanctionValidator()
        {
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).WithName(_ => Text.Pick("Reason", "មូលហេតុ"));
            RuleFor(c => c.SuggestedPenalty).NotEmpty().MaximumLength(500).WithName(_ => Text.Pick("Suggested penalty", "ទណ្ឌកម្មដែលបានស្នើ"));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, CreateInspection.Handler inspections, TimeProvider clock)
    {
        public async Task<Guid> OpenInspectionAsync(Guid id, InspectionCommand command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            var agencyId = complaint.AgencyId ?? throw new DomainException(ErrorCodes.NoAgency);
            complaint.Write(ComplaintEntryKind.OfficerNote, $"Special inspection requested for {command.PlannedFor:yyyy-MM-dd}", user.AsActor(clock));
            return await inspections.SpecialAsync(new CreateInspection.SpecialCommand(agencyId, command.PlannedFor!.Value, command.Announced, complaint.Id), cancellationToken);
        }

        public async Task ProposeSanctionAsync(Guid id, SanctionCommand command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            complaint.ProposeSanction(command.Reason.Trim(), command.SuggestedPenalty.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
