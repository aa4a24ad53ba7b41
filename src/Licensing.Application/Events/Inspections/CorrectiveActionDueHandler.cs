using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The agency is reminded of a corrective action due soon, and once when it is overdue.</summary>
public sealed class CorrectiveActionDueHandler(NotificationWriter notifications) : DomainEventHandler<CorrectiveActionDue>
{
    public override Task HandleAsync(CorrectiveActionDue due, CancellationToken cancellationToken) =>
        notifications.ToAgencyOnceAsync(due.AgencyId,
            due.Overdue ? "Corrective action overdue / វិធានការកែតម្រូវហួសកាលកំណត់" : $"Corrective action due {due.DueOn:yyyy-MM-dd} / វិធានការកែតម្រូវ",
            $"{due.CorrectiveAction} — due {due.DueOn:yyyy-MM-dd}. Submit your evidence in the agency portal.", due.At,
            due.Overdue ? $"finding-overdue:{due.FindingId}" : $"finding-due:{due.FindingId}", cancellationToken);
}
