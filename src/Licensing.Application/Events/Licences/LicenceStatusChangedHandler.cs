using Licensing.Domain.Licences;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told its licence's new status and the reason.</summary>
public sealed class LicenceStatusChangedHandler(NotificationWriter notifications) : DomainEventHandler<LicenceStatusChanged>
{
    public override Task HandleAsync(LicenceStatusChanged changed, CancellationToken cancellationToken)
    {
        var licence = changed.Licence;
        return notifications.ToAgencyAsync(licence.AgencyId,
            $"Licence {licence.Number}: {licence.Status} / អាជ្ញាប័ណ្ណ {licence.Number}",
            $"Licence {licence.Number} is now {licence.Status}. Reason: {licence.StatusReason}",
            changed.At, cancellationToken);
    }
}
