using Licensing.Application.Texts;
using Licensing.Domain.Licences;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is reminded that its licence expires soon, once per licence, expiry date and threshold.</summary>
public sealed class LicenceExpiryApproachingHandler(NotificationWriter notifications) : DomainEventHandler<LicenceExpiryApproaching>
{
    public override Task HandleAsync(LicenceExpiryApproaching due, CancellationToken cancellationToken) =>
        notifications.ToAgencyOnceAsync(due.AgencyId, new NoticeText(
            Catalogue.Both(Keys.LicenceExpiringTitle, due.Number, due.DaysLeft), Catalogue.Both(Keys.LicenceExpiringBody, due.Number, due.ExpiresOn)),
            due.At, $"licence-expiry:{due.LicenceId}:{due.ExpiresOn:yyyyMMdd}:{due.Threshold}", cancellationToken);
}
