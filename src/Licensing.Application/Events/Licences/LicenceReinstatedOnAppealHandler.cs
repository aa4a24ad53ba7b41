using Licensing.Application.Texts;
using Licensing.Application.Webhooks;
using Licensing.Domain.Licences;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told that its appeal was upheld and its licence is active again.</summary>
public sealed class LicenceReinstatedOnAppealHandler(NotificationWriter notifications, WebhookPublisher webhooks) : DomainEventHandler<LicenceReinstatedOnAppeal>
{
    public override async Task HandleAsync(LicenceReinstatedOnAppeal reinstated, CancellationToken cancellationToken)
    {
        var licence = reinstated.Licence;
        await notifications.ToAgencyAsync(licence.AgencyId, new NoticeText(
            Catalogue.Both(Keys.LicenceReinstatedTitle, licence.Number), Catalogue.Both(Keys.LicenceReinstatedBody, licence.Number)), reinstated.At, cancellationToken);
        await webhooks.PublishAsync(WebhookEventKind.LicenceReinstated, reinstated.At, LicenceEventData.Of(licence), cancellationToken);
    }
}
