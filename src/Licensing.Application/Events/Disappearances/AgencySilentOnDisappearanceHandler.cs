using Licensing.Application.Texts;
using Licensing.Domain.Disappearances;

namespace Licensing.Application.Events.Disappearances;

/// <summary>An agency silent on an open case is reminded, once per silence (the key carries the time of its last update).</summary>
public sealed class AgencySilentOnDisappearanceHandler(NotificationWriter notifications) : DomainEventHandler<AgencySilentOnDisappearance>
{
    public override Task HandleAsync(AgencySilentOnDisappearance silent, CancellationToken cancellationToken)
    {
        var since = CaseNotices.Local(silent.LastAgencyUpdateAt);
        return notifications.ToAgencyOnceAsync(silent.AgencyId, new NoticeText(
            Catalogue.Both(Keys.CaseSilentTitle, silent.Number),
            Catalogue.Both(Keys.CaseSilentBody, silent.Number, since, silent.AllowedHours).WithCasePage(silent.CaseId)),
            silent.At, CaseNotices.Key(silent.CaseId, $"agency-reminder:{silent.LastAgencyUpdateAt.UtcTicks}"), cancellationToken);
    }
}
