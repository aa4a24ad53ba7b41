using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Application.Webhooks;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Disappearances;

/// <summary>The recipient bodies and the agency learn that the case was closed, and with what outcome.</summary>
public sealed class DisappearanceResolvedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, ReferenceNames names, NotificationWriter notifications, WebhookPublisher webhooks)
    : DomainEventHandler<DisappearanceResolved>
{
    public override async Task HandleAsync(DisappearanceResolved resolved, CancellationToken cancellationToken)
    {
        var report = resolved.Case;
        var closedAt = report.ClosedAt!.Value;
        var resolution = names.Term(report.Resolution!.Value);
        var title = Catalogue.Both(Keys.CaseResolvedTitle, report.Number, resolution);
        var body = Catalogue.Both(Keys.CaseResolvedBody, report.ClosedByName, resolution, report.ResolutionNote).WithCasePage(report.Id);
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Resolved, "resolved", title, body, ByEmail: true), closedAt, cancellationToken);
        if (report.AgencyId is { } agencyId)
        {
            await notifications.ToAgencyAsync(agencyId, new NoticeText(title, body), closedAt, cancellationToken, CaseNotices.Key(report.Id, "resolved:agency"));
        }
        await webhooks.PublishAsync(WebhookEventKind.DisappearanceClosed, report, closedAt, cancellationToken);
    }
}
