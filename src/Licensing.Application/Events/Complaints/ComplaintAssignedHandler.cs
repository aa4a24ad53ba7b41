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
            $"ពាក្យបណ្តឹង {complaint.TrackingCode} ត្រូវបានប្រគល់ឱ្យអ្នក", $"Complaint {complaint.TrackingCode} assigned to you",
            $"អ្នកទទួលបន្ទុកពាក្យបណ្តឹង {complaint.TrackingCode}។ កាលកំណត់បន្ទាប់៖ {next:yyyy-MM-dd}។",
            $"You handle complaint {complaint.TrackingCode}. Next deadline: {next:yyyy-MM-dd}."), assigned.At, cancellationToken);
    }
}
