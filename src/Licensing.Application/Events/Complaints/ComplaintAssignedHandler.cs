using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>The officer given a complaint is told, with its next deadline.</summary>
public sealed class ComplaintAssignedHandler(NotificationWriter notifications) : DomainEventHandler<ComplaintAssigned>
{
    public override Task HandleAsync(ComplaintAssigned assigned, CancellationToken cancellationToken)
    {
        var complaint = assigned.Complaint;
        notifications.ToUser(assigned.OfficerId, assigned.OfficerEmail, $"Complaint {complaint.TrackingCode} assigned to you / ពាក្យបណ្តឹងត្រូវបានប្រគល់ឱ្យអ្នក",
            $"You handle complaint {complaint.TrackingCode}. Next deadline: {(complaint.NextDeadline is { } due ? PhnomPenh.DateOf(due) : null):yyyy-MM-dd}.", assigned.At);
        return Task.CompletedTask;
    }
}
