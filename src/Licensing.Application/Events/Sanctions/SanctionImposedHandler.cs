using Licensing.Application.Common;
using Licensing.Application.Webhooks;
using Licensing.Domain.Notifications;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Events.Sanctions;

/// <summary>The agency is told of the sanction, its legal basis, and until when it may appeal.</summary>
public sealed class SanctionImposedHandler(ReferenceNames names, NotificationWriter notifications, WebhookPublisher webhooks) : DomainEventHandler<SanctionImposed>
{
    public override async Task HandleAsync(SanctionImposed imposed, CancellationToken cancellationToken)
    {
        var sanction = imposed.Sanction;
        var kind = names.Term(sanction.Kind);
        await notifications.ToAgencyAsync(sanction.AgencyId, new NoticeText(
            $"ទណ្ឌកម្ម៖ {kind.Km}", $"Sanction: {kind.En}",
            $"ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈបានដាក់ទណ្ឌកម្ម ({kind.Km}) ចូលជាធរមានពីថ្ងៃ {sanction.EffectiveFrom:yyyy-MM-dd}។ មូលដ្ឋានច្បាប់៖ {sanction.LegalBasis}។ មូលហេតុ៖ {sanction.Reason}។ អ្នកអាចប្តឹងឧទ្ធរណ៍បានរហូតដល់ថ្ងៃ {sanction.AppealDeadline:yyyy-MM-dd}។",
            $"MLVT imposed a sanction ({kind.En}) effective {sanction.EffectiveFrom:yyyy-MM-dd}. Legal basis: {sanction.LegalBasis}. Reason: {sanction.Reason}. You may appeal until {sanction.AppealDeadline:yyyy-MM-dd}."),
            imposed.At, cancellationToken);
        await webhooks.PublishAsync(WebhookEventKind.SanctionImposed, imposed.At, SanctionEventData.Of(sanction), cancellationToken);
    }
}
