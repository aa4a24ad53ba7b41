using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Application.Webhooks;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Disappearances;

/// <summary>Every body of the case sees live that one of them acknowledged it; nothing is sent by other channels.</summary>
public sealed class DisappearanceAcknowledgedHandler(ILicensingDb db, ReferenceNames names, WebhookPublisher webhooks) : DomainEventHandler<DisappearanceAcknowledged>
{
    public override async Task HandleAsync(DisappearanceAcknowledged acknowledged, CancellationToken cancellationToken)
    {
        var report = acknowledged.Case;
        var name = await names.BodyNameAsync(acknowledged.BodyKey, cancellationToken);
        db.AlertBodies(report, AlertKind.Acknowledged,
            Catalogue.Both(Keys.CaseAcknowledgedTitle, name, report.Number), acknowledged.At);
        await webhooks.PublishAsync(WebhookEventKind.DisappearanceAcknowledged, report, acknowledged.At, cancellationToken, acknowledged.BodyKey);
    }
}
