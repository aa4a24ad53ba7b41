using Licensing.Application.Common;
using Licensing.Domain.Licences;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told its licence's new status and the reason.</summary>
public sealed class LicenceStatusChangedHandler(ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<LicenceStatusChanged>
{
    public override Task HandleAsync(LicenceStatusChanged changed, CancellationToken cancellationToken)
    {
        var licence = changed.Licence;
        var status = names.Term(licence.Status);
        return notifications.ToAgencyAsync(licence.AgencyId, new NoticeText(
            $"អាជ្ញាប័ណ្ណ {licence.Number}៖ {status.Km}", $"Licence {licence.Number}: {status.En}",
            $"អាជ្ញាប័ណ្ណ {licence.Number} ឥឡូវនេះស្ថិតក្នុងស្ថានភាព៖ {status.Km}។ មូលហេតុ៖ {licence.StatusReason}",
            $"Licence {licence.Number} is now {status.En}. Reason: {licence.StatusReason}"),
            changed.At, cancellationToken);
    }
}
