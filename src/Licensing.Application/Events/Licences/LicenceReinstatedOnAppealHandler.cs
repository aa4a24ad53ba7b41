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
            $"អាជ្ញាប័ណ្ណ {licence.Number} ត្រូវបានស្តារឡើងវិញ", $"Licence {licence.Number} reinstated",
            $"បណ្តឹងឧទ្ធរណ៍របស់អ្នកត្រូវបានទទួលយក។ អាជ្ញាប័ណ្ណ {licence.Number} មានសុពលភាពឡើងវិញ។",
            $"Your appeal was upheld; licence {licence.Number} is active again."), reinstated.At, cancellationToken);
        await webhooks.PublishAsync(WebhookEventKind.LicenceReinstated, reinstated.At, LicenceEventData.Of(licence), cancellationToken);
    }
}
