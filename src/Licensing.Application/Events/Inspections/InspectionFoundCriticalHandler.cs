using Licensing.Application.Webhooks;
using Licensing.Domain.Inspections;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Inspections;

/// <summary>Subscribed systems learn of a visit completed with critical findings (the officers see it on the inspection's page).</summary>
public sealed class InspectionFoundCriticalHandler(WebhookPublisher webhooks) : DomainEventHandler<InspectionFoundCritical>
{
    public override Task HandleAsync(InspectionFoundCritical found, CancellationToken cancellationToken) =>
        webhooks.PublishAsync(WebhookEventKind.InspectionCriticalFinding, found.At, InspectionEventData.Of(found.Inspection), cancellationToken);
}
