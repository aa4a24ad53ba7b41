using System.Linq.Expressions;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// The daily complaint deadlines job. A complaint past its deadline (acknowledgement, then
/// resolution) is reported to its desk's supervisor; still late N days on, to MLVT (officers and
/// the complaints unit's address) (ComplaintEscalated). Each level is written once per deadline: keyed
/// in the outbox, and marked on the complaint, so that only complaints with a level still to report are read.
/// The agency is reminded two days before its answer is due and once when it is overdue.
/// </summary>
public static class EscalateComplaints
{
    public sealed class Handler(ILicensingDb db, DomainEvents events, TimeProvider clock, SweepOptions sweep, RuleSettingsCache rules)
    {
        /// <summary>Returns how many escalations and reminders were written (a rerun writes none twice).</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var secondLevelDays = (await rules.GetAsync(db, cancellationToken)).ComplaintSecondEscalationDays;
            return await EscalateAsync(now, now.AddDays(-secondLevelDays), cancellationToken) + await RemindAgenciesAsync(now, cancellationToken);
        }

        private Task<int> EscalateAsync(DateTimeOffset now, DateTimeOffset secondLevelBefore, CancellationToken cancellationToken) =>
            db.SweepInPagesAsync(sweep,
                after => db.Complaints.Where(ComplaintAccess.IsOpen).Where(LevelStillToReport(now, secondLevelBefore)).Where(c => c.Id.CompareTo(after) > 0).OrderBy(c => c.Id),
                c => c.Id,
                page =>
                {
                    var escalated = 0;
                    foreach (var complaint in page)
                    {
                        var due = complaint.NextDeadline!.Value;
                        if (complaint.EscalationLevel < 1 && due < now)
                        {
                            complaint.Escalate(1, due, now);
                            escalated++;
                        }
                        if (complaint.EscalationLevel < 2 && due < secondLevelBefore)
                        {
                            complaint.Escalate(2, due, now);
                            escalated++;
                        }
                    }
                    return Task.FromResult(escalated);
                }, cancellationToken);

        private Task<int> RemindAgenciesAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var answerDueBy = now.AddDays(2);
            return db.RaiseInPagesAsync(events, sweep,
                after => db.Complaints.AsNoTracking().Where(ComplaintAccess.IsOpen)
                    .Where(c => c.AgencyId != null && c.AgencyAnsweredAt == null && c.AgencyAnswerBy <= answerDueBy && c.Id.CompareTo(after) > 0)
                    .OrderBy(c => c.Id)
                    .Select(c => new ComplaintAnswerDue(c.Id, c.TrackingCode, c.AgencyId!.Value, c.AgencyAnswerBy!.Value, now)),
                c => c.ComplaintId,
                events.Raise, cancellationToken);
        }
    }

    /// <summary>An open complaint past its deadline, or past it by the second level's days, whose level is not yet reported.</summary>
    private static Expression<Func<Complaint, bool>> LevelStillToReport(DateTimeOffset now, DateTimeOffset secondLevelBefore) => c =>
        (c.Status == ComplaintStatus.Received
            && ((c.EscalationLevel < 1 && c.AcknowledgeBy < now) || (c.EscalationLevel < 2 && c.AcknowledgeBy < secondLevelBefore)))
        || (c.Status != ComplaintStatus.Received
            && ((c.EscalationLevel < 1 && c.ResolveBy < now) || (c.EscalationLevel < 2 && c.ResolveBy < secondLevelBefore)));
}
