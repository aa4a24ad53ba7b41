using Licensing.Application.Texts;
using Licensing.Domain.Licences;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told that the suspension of its licence ended.</summary>
public sealed class LicenceSuspensionEndedHandler(NotificationWriter notifications) : DomainEventHandler<LicenceSuspensionEnded>
{
    public override Task HandleAsync(LicenceSuspensionEnded ended, CancellationToken cancellationToken)
    {
        var licence = ended.Licence;
        return notifications.ToAgencyAsync(licence.AgencyId, new NoticeText(
            Catalogue.Both(Keys.SuspensionEndedTitle, licence.Number), Catalogue.Both(Keys.SuspensionEndedBody, licence.Number)),
            ended.At, cancellationToken, $"suspension-ended:{licence.Id}:{ended.On:yyyyMMdd}");
    }
}
