using Licensing.Application.Common;
using Licensing.Application.Webhooks;
using Licensing.Domain.Common;
using Licensing.Domain.Notifications;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Events.Sanctions;

/// <summary>The agency is told how its appeal was decided, and why.</summary>
public sealed class SanctionAppealDecidedHandler(ReferenceNames names, NotificationWriter notifications, WebhookPublisher webhooks) : DomainEventHandler<SanctionAppealDecided>
{
    public override async Task HandleAsync(SanctionAppealDecided decided, CancellationToken cancellationToken)
    {
        var sanction = decided.Sanction;
        var kind = names.Term(sanction.Kind);
        var outcome = sanction.AppealOutcome is { } decision ? names.Term(decision) : new LocalizedText("-", "-");
        await notifications.ToAgencyAsync(sanction.AgencyId, new NoticeText(
            "បណ្តឹងឧទ្ធរណ៍ត្រូវបានសម្រេច", "Appeal decided",
            $"បណ្តឹងឧទ្ធរណ៍របស់អ្នកលើ {kind.Km} ថ្ងៃ {sanction.DecidedOn:yyyy-MM-dd}៖ {outcome.Km}។ មូលហេតុ៖ {sanction.AppealDecisionReason}",
            $"Your appeal against the {kind.En} of {sanction.DecidedOn:yyyy-MM-dd}: {outcome.En}. Reason: {sanction.AppealDecisionReason}"),
            decided.At, cancellationToken);
        await webhooks.PublishAsync(WebhookEventKind.SanctionAppealDecided, decided.At, SanctionEventData.Of(sanction), cancellationToken);
    }
}
