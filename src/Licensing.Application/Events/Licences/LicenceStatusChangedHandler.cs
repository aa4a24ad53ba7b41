using Licensing.Application.Common;
using Licensing.Application.Webhooks;
using Licensing.Domain.Licences;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told its licence's new status and the reason.</summary>
public sealed class LicenceStatusChangedHandler(ReferenceNames names, NotificationWriter notifications, WebhookPublisher webhooks) : DomainEventHandler<LicenceStatusChanged>
{
    public override async Task HandleAsync(LicenceStatusChanged changed, CancellationToken cancellationToken)
    {
        var licence = changed.Licence;
        var status = names.Term(licence.Status);
        await notifications.ToAgencyAsync(licence.AgencyId, new NoticeText(
            $"អាជ្ញាប័ណ្ណ {licence.Number}៖ {status.Km}", $"Licence {licence.Number}: {status.En}",
            $"អាជ្ញាប័ណ្ណ {licence.Number} ឥឡូវនេះស្ថិតក្នុងស្ថានភាព៖ {status.Km}។ មូលហេតុ៖ {licence.StatusReason}",
            $"Licence {licence.Number} is now {status.En}. Reason: {licence.StatusReason}"),
            changed.At, cancellationToken);
        await webhooks.PublishAsync(StatusKind(licence.Status), changed.At, LicenceEventData.Of(licence), cancellationToken);
    }

    /// <summary>An officer's change of status; expiry is its own event (<see cref="LicenceExpired"/>).</summary>
    private static string StatusKind(LicenceStatus status) => status switch
    {
        LicenceStatus.Suspended => WebhookEventKind.LicenceSuspended,
        LicenceStatus.Revoked => WebhookEventKind.LicenceRevoked,
        LicenceStatus.Surrendered => WebhookEventKind.LicenceSurrendered,
        LicenceStatus.Active => WebhookEventKind.LicenceReinstated,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Expiry raises LicenceExpired."),
    };
}
