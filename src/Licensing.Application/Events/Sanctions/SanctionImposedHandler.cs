using Licensing.Application.Common;
using Licensing.Application.Texts;
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
            Catalogue.Both(Keys.SanctionImposedTitle, kind),
            Catalogue.Both(Keys.SanctionImposedBody, kind, sanction.EffectiveFrom, sanction.LegalBasis, sanction.Reason, sanction.AppealDeadline)),
            imposed.At, cancellationToken);
        await webhooks.PublishAsync(WebhookEventKind.SanctionImposed, imposed.At, SanctionEventData.Of(sanction), cancellationToken);
    }
}
