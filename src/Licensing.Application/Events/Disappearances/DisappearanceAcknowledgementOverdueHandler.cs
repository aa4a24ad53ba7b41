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

/// <summary>A body that has not acknowledged in time: the MLVT duty officer is told (escalation) and the body reminded.</summary>
public sealed class DisappearanceAcknowledgementOverdueHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, ReferenceNames names, WebhookPublisher webhooks)
    : DomainEventHandler<DisappearanceAcknowledgementOverdue>
{
    public override async Task HandleAsync(DisappearanceAcknowledgementOverdue overdue, CancellationToken cancellationToken)
    {
        var (report, recipient, minutes, now) = (overdue.Case, overdue.Recipient, overdue.AllowedMinutes, overdue.At);
        var name = await names.BodyNameAsync(recipient.BodyKey, cancellationToken);
        var escalation = Catalogue.Both(Keys.CaseEscalatedTitle, name, report.Number, minutes);
        var reminder = Catalogue.Both(Keys.CaseReminderTitle, report.Number);
        var body = Catalogue.Both(Keys.CaseNotAcknowledgedBody, CaseNotices.Local(recipient.NotifiedAt)).WithCasePage(report.Id);
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Escalated, $"escalated:{recipient.BodyKey}", escalation, body, ByEmail: true), now, cancellationToken,
            [RecipientBody.Ministry]);
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Reminder, "reminder", reminder, body, ByEmail: true), now, cancellationToken,
            [recipient.BodyKey]);
        await webhooks.PublishAsync(WebhookEventKind.DisappearanceEscalated, report, now, cancellationToken, recipient.BodyKey);
    }
}
