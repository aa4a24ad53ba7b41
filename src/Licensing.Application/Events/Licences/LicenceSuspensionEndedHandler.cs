using Licensing.Application.Webhooks;
using Licensing.Domain.Licences;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told that the suspension of its licence ended.</summary>
public sealed class LicenceSuspensionEndedHandler(NotificationWriter notifications, WebhookPublisher webhooks) : DomainEventHandler<LicenceSuspensionEnded>
{
    public override async Task HandleAsync(LicenceSuspensionEnded ended, CancellationToken cancellationToken)
    {
        var licence = ended.Licence;
        await notifications.ToAgencyAsync(licence.AgencyId, new NoticeText(
            $"ការផ្អាកអាជ្ញាប័ណ្ណ {licence.Number} បានបញ្ចប់", $"Suspension of licence {licence.Number} ended",
            $"អាជ្ញាប័ណ្ណ {licence.Number} មានសុពលភាពឡើងវិញ។", $"Licence {licence.Number} is active again."),
            ended.At, cancellationToken, $"suspension-ended:{licence.Id}:{ended.On:yyyyMMdd}");
        await webhooks.PublishAsync(WebhookEventKind.LicenceReinstated, ended.At, LicenceEventData.Of(licence), cancellationToken);
    }
}
