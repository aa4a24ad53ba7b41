using Licensing.Application.Texts;
using Licensing.Domain.Licences;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told that its licence expired and what it may no longer do.</summary>
public sealed class LicenceExpiredHandler(NotificationWriter notifications) : DomainEventHandler<LicenceExpired>
{
    public override Task HandleAsync(LicenceExpired expired, CancellationToken cancellationToken)
    {
        var licence = expired.Licence;
        return notifications.ToAgencyAsync(licence.AgencyId, new NoticeText(
            Catalogue.Both(Keys.LicenceExpiredTitle, licence.Number), Catalogue.Both(Keys.LicenceExpiredBody, licence.Number, licence.ExpiresOn)),
            expired.At, cancellationToken, $"licence-expired:{licence.Id}:{licence.ExpiresOn:yyyyMMdd}");
    }
}
