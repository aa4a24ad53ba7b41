using Licensing.Application.Common;
using Licensing.Application.Texts;
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
            Catalogue.Both(Keys.LicenceStatusTitle, licence.Number, status), Catalogue.Both(Keys.LicenceStatusBody, licence.Number, status, licence.StatusReason)),
            changed.At, cancellationToken);
    }
}
