using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Disappearances;

/// <summary>The recipient bodies and the agency learn that the case was closed, and with what outcome.</summary>
public sealed class DisappearanceResolvedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, ReferenceNames names, NotificationWriter notifications)
    : DomainEventHandler<DisappearanceResolved>
{
    public override async Task HandleAsync(DisappearanceResolved resolved, CancellationToken cancellationToken)
    {
        var report = resolved.Case;
        var closedAt = report.ClosedAt!.Value;
        var resolution = names.Term(report.Resolution!.Value);
        var title = new LocalizedText($"ករណី {report.Number} ត្រូវបានបិទ៖ {resolution.Km}", $"Case {report.Number} closed: {resolution.En}");
        var body = new LocalizedText(
            $"{report.ClosedByName} បានបិទករណី៖ {resolution.Km}។\n{report.ResolutionNote}\n\nទំព័រករណី៖ /disappearances/{report.Id}",
            $"{report.ClosedByName} closed the case: {resolution.En}.\n{report.ResolutionNote}\n\nCase page: /disappearances/{report.Id}");
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Resolved, "resolved", title, body, ByEmail: true), closedAt, cancellationToken);
        if (report.AgencyId is { } agencyId)
        {
            await notifications.ToAgencyAsync(agencyId, new NoticeText(title, body), closedAt, cancellationToken, CaseNotices.Key(report.Id, "resolved:agency"));
        }
    }
}
