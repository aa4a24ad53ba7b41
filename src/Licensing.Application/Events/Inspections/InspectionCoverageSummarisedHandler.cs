using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The chief inspector receives the week's coverage summary, in both languages, once per ISO week.</summary>
public sealed class InspectionCoverageSummarisedHandler(ILicensingDb db, RuleSettingsCache rules, NotificationWriter notifications) : DomainEventHandler<InspectionCoverageSummarised>
{
    public override async Task HandleAsync(InspectionCoverageSummarised summary, CancellationToken cancellationToken) =>
        notifications.Once([OutboxNotices.ToAddress((await rules.GetAsync(db, cancellationToken)).ChiefInspectorEmail,
            new NoticeText(summary.Subject, summary.Body), summary.At, summary.Key)]);
}
