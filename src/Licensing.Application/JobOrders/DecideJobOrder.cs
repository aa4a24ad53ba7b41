using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Users;
using Licensing.Domain.Common;

namespace Licensing.Application.JobOrders;

/// <summary>A licensing officer verifies the work is legal (no restriction or reservation forbids it: R26, R33) and approves the job order, or rejects it with a reason; the agency is told.</summary>
public static class DecideJobOrder
{
    public sealed record Command(string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Note).MaximumLength(1000).WithName(_ => Text.Pick("Note", "កំណត់ចំណាំ"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock, BusinessCalendar calendar)
    {
        public async Task ApproveAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            user.EnsureJobOrderOfficer();
            var order = await db.LoadVisibleJobOrderAsync(user, id, cancellationToken);
            await db.EnsureMayRecruitAsync(order.AgencyId, cancellationToken);
            await db.EnsureLegalAsync(order.AgencyId, order.Offer, calendar.Today, cancellationToken);
            order.Approve(command.Note?.Trim(), user.AsActor(clock));
            await NotifyAsync(order.AgencyId, $"Job order approved: {order.Offer.Occupation}, {order.Offer.EmployerName} / សំណើជ្រើសរើសពលករត្រូវបានអនុម័ត",
                $"The job order for {order.Offer.WorkersRequested} {order.Offer.Occupation} at {order.Offer.EmployerName} ({order.Offer.CountryCode}) was approved. {command.Note}", cancellationToken);
        }

        public async Task RejectAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            user.EnsureJobOrderOfficer();
            if (string.IsNullOrWhiteSpace(command.Note))
            {
                throw new DomainException(ErrorCodes.ReasonMissing, Text.Pick("Give the reason for the rejection.", "សូមផ្តល់មូលហេតុនៃការបដិសេធ។"), DomainErrorKind.Invalid);
            }
            var order = await db.LoadVisibleJobOrderAsync(user, id, cancellationToken);
            order.Reject(command.Note.Trim(), user.AsActor(clock));
            await NotifyAsync(order.AgencyId, $"Job order rejected: {order.Offer.Occupation}, {order.Offer.EmployerName} / សំណើជ្រើសរើសពលករត្រូវបានបដិសេធ",
                command.Note.Trim(), cancellationToken);
        }

        private async Task NotifyAsync(Guid agencyId, string subject, string body, CancellationToken cancellationToken)
        {
            await db.NotifyAgencyAsync(directory, agencyId, subject, body, clock.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
