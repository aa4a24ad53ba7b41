using Licensing.Application.Texts;
using Licensing.Application.Webhooks;
using Licensing.Domain.Licences;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told that its licence expired and what it may no longer do.</summary>
public sealed class LicenceExpiredHandler(NotificationWriter notifications, WebhookPublisher webhooks) : DomainEventHandler<LicenceExpired>
{
    public override async Task HandleAsync(LicenceExpired expired, CancellationToken cancellationToken)
    {
        var licence = expired.Licence;
        await notifications.ToAgencyAsync(licence.AgencyId, new NoticeText(
            Catalogue.Both(Keys.LicenceExpiredTitle, licence.Number), Catalogue.Both(Keys.LicenceExpiredBody, licence.Number, licence.ExpiresOn)),
            expired.At, cancellationToken, $"licence-expired:{licence.Id}:{licence.ExpiresOn:yyyyMMdd}");
        await webhooks.PublishAsync(WebhookEventKind.LicenceExpired, expired.At, LicenceEventData.Of(licence), cancellationToken);
    }
}
