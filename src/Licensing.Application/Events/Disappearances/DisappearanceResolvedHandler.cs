using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Disappearances;

/// <summary>The recipient bodies and the agency learn that the case was closed, and with what outcome.</summary>
public sealed class DisappearanceResolvedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, NotificationWriter notifications)
    : DomainEventHandler<DisappearanceResolved>
{
    public override async Task HandleAsync(DisappearanceResolved resolved, CancellationToken cancellationToken)
    {
        var report = resolved.Case;
        var closedAt = report.ClosedAt!.Value;
        var title = new LocalizedText($"ករណី {report.Number} ត្រូវបានបិទ៖ {report.Resolution}", $"Case {report.Number} closed: {report.Resolution}");
        var body = $"{report.ClosedByName} closed the case: {report.Resolution}.\n{report.ResolutionNote}\n\nCase page: /disappearances/{report.Id}";
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Resolved, "resolved", title, body, ByEmail: true), closedAt, cancellationToken);
        await notifications.ToAgencyAsync(report.AgencyId, $"{title.En} / {title.Km}", body, closedAt, cancellationToken, CaseNotices.Key(report.Id, "resolved:agency"));
    }
}
