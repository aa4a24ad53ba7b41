using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
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
        var escalation = new LocalizedText(
            $"ការជូនដំណឹងបន្ទាន់៖ {name.Km} មិនទាន់ទទួលស្គាល់ករណី {report.Number} ក្នុងរយៈពេល {minutes} នាទី",
            $"Escalation: {name.En} has not acknowledged case {report.Number} within {minutes} minutes");
        var reminder = new LocalizedText($"រំលឹក៖ សូមទទួលស្គាល់ករណីបាត់ខ្លួន {report.Number}", $"Reminder: acknowledge disappearance case {report.Number}");
        var notified = CaseNotices.Local(recipient.NotifiedAt);
        var body = new LocalizedText(
            $"បានជូនដំណឹង {notified}។ មិនទាន់មានការទទួលស្គាល់នៅឡើយ។\n\nទំព័រករណី៖ /disappearances/{report.Id}",
            $"Notified {notified}; no acknowledgement yet.\n\nCase page: /disappearances/{report.Id}");
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Escalated, $"escalated:{recipient.BodyKey}", escalation, body, ByEmail: true), now, cancellationToken,
            [RecipientBody.Ministry]);
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Reminder, "reminder", reminder, body, ByEmail: true), now, cancellationToken,
            [recipient.BodyKey]);
        await webhooks.PublishAsync(WebhookEventKind.DisappearanceEscalated, report, now, cancellationToken, recipient.BodyKey);
    }
}
