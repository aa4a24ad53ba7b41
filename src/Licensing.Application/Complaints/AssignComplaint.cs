using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Complaints;

/// <summary>
/// The desk's supervisor (a provincial officer of the province, or MLVT) gives the complaint to an
/// officer of the same desk, who is told in their inbox.
/// </summary>
public static class AssignComplaint
{
    public sealed record Command(Guid OfficerId);

    public sealed record Officer(Guid Id, string Email);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.OfficerId).NotEmpty().WithName(_ => Text.Pick("Officer", "មន្ត្រី"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            var officer = (await CandidatesOfAsync(complaint, cancellationToken)).SingleOrDefault(o => o.Id == command.OfficerId)
                ?? throw new DomainException(ErrorCodes.OfficerNotOnDesk, Text.Pick("Choose an officer of the office handling this complaint.",
                    "សូមជ្រើសរើសមន្ត្រីនៃការិយាល័យដែលដោះស្រាយពាក្យបណ្តឹងនេះ។"), DomainErrorKind.Invalid);
            var by = user.AsActor(clock);
            complaint.Assign(officer.Id, officer.Email, by);
            db.NotifyUser(officer.Id, officer.Email, $"Complaint {complaint.TrackingCode} assigned to you / ពាក្យបណ្តឹងត្រូវបានប្រគល់ឱ្យអ្នក",
                $"You handle complaint {complaint.TrackingCode}. Next deadline: {(complaint.NextDeadline is { } due ? PhnomPenh.DateOf(due) : null):yyyy-MM-dd}.", by.At);
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task<IReadOnlyList<Officer>> CandidatesAsync(Guid id, CancellationToken cancellationToken) =>
            await CandidatesOfAsync(await db.LoadForHandlingAsync(user, id, cancellationToken), cancellationToken);

        private async Task<IReadOnlyList<Officer>> CandidatesOfAsync(Complaint complaint, CancellationToken cancellationToken) =>
            (await directory.DeskAsync(complaint.Desk, complaint.Complainant.ProvinceCode, cancellationToken)).Select(o => new Officer(o.Id, o.Email)).ToList();
    }
}
