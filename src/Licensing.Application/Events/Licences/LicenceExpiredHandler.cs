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
            $"អាជ្ញាប័ណ្ណ {licence.Number} បានផុតសុពលភាព", $"Licence {licence.Number} has expired",
            $"អាជ្ញាប័ណ្ណ {licence.Number} បានផុតសុពលភាពនៅថ្ងៃ {licence.ExpiresOn:yyyy-MM-dd}។ ភ្នាក់ងារមិនអាចជ្រើសរើស ឬបញ្ជូនពលករបានទេ រហូតដល់មានអាជ្ញាប័ណ្ណមានសុពលភាព។",
            $"Licence {licence.Number} expired on {licence.ExpiresOn:yyyy-MM-dd}. The agency may not recruit or send workers until it holds a valid licence."),
            expired.At, cancellationToken, $"licence-expired:{licence.Id}:{licence.ExpiresOn:yyyyMMdd}");
        await webhooks.PublishAsync(WebhookEventKind.LicenceExpired, expired.At, LicenceEventData.Of(licence), cancellationToken);
    }
}
