using Licensing.Application.Texts;
using Licensing.Domain.Licences;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told that its appeal was upheld and its licence is active again.</summary>
public sealed class LicenceReinstatedOnAppealHandler(NotificationWriter notifications) : DomainEventHandler<LicenceReinstatedOnAppeal>
{
    public override Task HandleAsync(LicenceReinstatedOnAppeal reinstated, CancellationToken cancellationToken)
    {
        var licence = reinstated.Licence;
        return notifications.ToAgencyAsync(licence.AgencyId, new NoticeText(
            Catalogue.Both(Keys.LicenceReinstatedTitle, licence.Number), Catalogue.Both(Keys.LicenceReinstatedBody, licence.Number)), reinstated.At, cancellationToken);
    }
}
