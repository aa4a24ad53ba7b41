using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The agency is reminded of a corrective action due soon, and once when it is overdue.</summary>
public sealed class CorrectiveActionDueHandler(NotificationWriter notifications) : DomainEventHandler<CorrectiveActionDue>
{
    public override Task HandleAsync(CorrectiveActionDue due, CancellationToken cancellationToken) =>
        notifications.ToAgencyOnceAsync(due.AgencyId, new NoticeText(
            due.Overdue ? "វិធានការកែតម្រូវហួសកាលកំណត់" : $"វិធានការកែតម្រូវត្រូវធ្វើត្រឹមថ្ងៃ {due.DueOn:yyyy-MM-dd}",
            due.Overdue ? "Corrective action overdue" : $"Corrective action due {due.DueOn:yyyy-MM-dd}",
            $"{due.CorrectiveAction} — ត្រូវធ្វើត្រឹមថ្ងៃ {due.DueOn:yyyy-MM-dd}។ សូមដាក់ភស្តុតាងរបស់អ្នកនៅក្នុងវិបផតថលភ្នាក់ងារ។",
            $"{due.CorrectiveAction} — due {due.DueOn:yyyy-MM-dd}. Submit your evidence in the agency portal."), due.At,
            due.Overdue ? $"finding-overdue:{due.FindingId}" : $"finding-due:{due.FindingId}", cancellationToken);
}
