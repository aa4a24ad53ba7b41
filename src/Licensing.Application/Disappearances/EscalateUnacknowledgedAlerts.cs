using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Disappearances;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// Scheduled every minute: a recipient that has not acknowledged a case in time is escalated to
/// the MLVT duty officer and reminded, once each (the recipient's escalation mark and the
/// notifications' deduplication keys make a second run, on any instance, do nothing).
/// </summary>
public static class EscalateUnacknowledgedAlerts
{
    public sealed class Handler(ILicensingDb db, TimeProvider clock, SweepOptions sweep, RuleSettingsCache rules)
    {
        /// <summary>Returns how many recipients were escalated.</summary>
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
                cases =>
                {
                    var escalated = 0;
                    foreach (var report in cases)
                    {
                        foreach (var recipient in report.OverdueRecipients(now, allowed))
                        {
                            report.EscalateOverdue(recipient, now, allowed);
                            escalated++;
                        }
                    }
                    return Task.FromResult(escalated);
                }, cancellationToken);
        }
    }
}
