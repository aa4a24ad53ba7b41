using Licensing.Application.Texts;
using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>The officer given a complaint is told, with its next deadline.</summary>
public sealed class ComplaintAssignedHandler(NotificationWriter notifications) : DomainEventHandler<ComplaintAssigned>
{
    public override Task HandleAsync(ComplaintAssigned assigned, CancellationToken cancellationToken)
    {
        var complaint = assigned.Complaint;
        var next = complaint.NextDeadline is { } due ? PhnomPenh.DateOf(due) : (DateOnly?)null;
        return notifications.ToUsersAsync([assigned.OfficerId], new NoticeText(
            Catalogue.Both(Keys.ComplaintAssignedTitle, complaint.TrackingCode), Catalogue.Both(Keys.ComplaintAssignedBody, complaint.TrackingCode, next)), assigned.At, cancellationToken);
    }
}
