using Licensing.Application.Texts;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The agency is reminded of a corrective action due soon, and once when it is overdue.</summary>
public sealed class CorrectiveActionDueHandler(NotificationWriter notifications) : DomainEventHandler<CorrectiveActionDue>
{
    public override Task HandleAsync(CorrectiveActionDue due, CancellationToken cancellationToken) =>
        notifications.ToAgencyOnceAsync(due.AgencyId, new NoticeText(
            due.Overdue ? Catalogue.Both(Keys.CorrectiveActionOverdueTitle) : Catalogue.Both(Keys.CorrectiveActionDueTitle, due.DueOn),
            Catalogue.Both(Keys.CorrectiveActionDueBody, due.CorrectiveAction, due.DueOn)), due.At,
            due.Overdue ? $"finding-overdue:{due.FindingId}" : $"finding-due:{due.FindingId}", cancellationToken);
}
