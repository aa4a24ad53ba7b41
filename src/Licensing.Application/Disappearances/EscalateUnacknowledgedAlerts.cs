using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// Scheduled every minute: a recipient that has not acknowledged a case in time is escalated to
/// the MLVT duty officer and reminded, once each (the recipient's escalation mark and the
/// notifications' deduplication keys make a second run, on any instance, do nothing).
/// </summary>
public static class EscalateUnacknowledgedAlerts
{
    public sealed class Handler(ILicensingDb db, IUserDirectory directory, TimeProvider clock, SweepOptions sweep, RuleSettingsCache rules)
    {
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var allowed = TimeSpan.FromMinutes((await rules.GetAsync(db, cancellationToken)).DisappearanceAcknowledgementMinutes);
            var now = clock.GetUtcNow();
            var notifiedBefore = now - allowed;
            return await db.SweepInPagesAsync(sweep,
                after => db.DisappearanceCases.Include(c => c.Recipients)
                    .Where(c => c.Status == CaseStatus.Open && c.Recipients.Any(r => r.AcknowledgedAt == null && r.EscalatedAt == null && r.NotifiedAt <= notifiedBefore) && c.Id.CompareTo(after) > 0)
                    .OrderBy(c => c.Id),
                c => c.Id,
                async cases =>
                {
                    var escalated = 0;
                    foreach (var report in cases)
                    {
                        foreach (var recipient in report.OverdueRecipients(now, allowed))
                        {
                            await EscalateAsync(report, recipient, allowed, now, cancellationToken);
                            escalated++;
                        }
                    }
                    return escalated;
                }, cancellationToken);
        }

        private async Task EscalateAsync(DisappearanceCase report, CaseRecipient recipient, TimeSpan allowed, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var name = CaseNotices.BodyName(recipient.BodyKey);
            var minutes = (int)allowed.TotalMinutes;
            var escalation = new LocalizedText(
                $"ការជូនដំណឹងបន្ទាន់៖ {name.Km} មិនទាន់ទទួលស្គាល់ករណី {report.Number} ក្នុងរយៈពេល {minutes} នាទី",
                $"Escalation: {name.En} has not acknowledged case {report.Number} within {minutes} minutes");
            var reminder = new LocalizedText($"រំលឹក៖ សូមទទួលស្គាល់ករណីបាត់ខ្លួន {report.Number}", $"Reminder: acknowledge disappearance case {report.Number}");
            var body = $"Notified {CaseOpening.Local(recipient.NotifiedAt)}; no acknowledgement yet.\n\nCase page: /disappearances/{report.Id}";
            await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Escalated, $"escalated:{recipient.BodyKey}", escalation, body, ByEmail: true), now, cancellationToken,
                [RecipientBody.Ministry]);
            await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Reminder, "reminder", reminder, body, ByEmail: true), now, cancellationToken,
                [recipient.BodyKey]);
            report.MarkEscalated(recipient, now);
        }
    }
}
