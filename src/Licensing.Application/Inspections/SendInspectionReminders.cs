using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// The daily inspection reminders, each written once (keyed in the outbox), however often or on
/// however many instances the job runs: inspectors 7 and 1 days before a visit; the agency N days
/// before an announced visit; corrective actions due soon and overdue; and, to the chief
/// inspector, visits past their date and not done. Each kind walks its due items a page at a time.
/// </summary>
public static class SendInspectionReminders
{
    public sealed class Handler(ILicensingDb db, DomainEvents events, TimeProvider clock, BusinessCalendar calendar, SweepOptions sweep, RuleSettingsCache rules)
    {
        /// <summary>Returns how many reminders were written (a rerun writes none twice).</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var raised = await RemindTeamsAndAgenciesAsync(today, cancellationToken);
            raised += await RemindCorrectiveActionsAsync(today, cancellationToken);
            return raised + await ReportOverdueVisitsAsync(today, cancellationToken);
        }

        private async Task<int> RemindTeamsAndAgenciesAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var reminderDays = (await rules.GetAsync(db, cancellationToken)).InspectorReminderDays;
            var noticeDays = (await rules.GetAsync(db, cancellationToken)).InspectionNoticeDays;
            var horizon = today.AddDays(Math.Max(reminderDays[^1], noticeDays));
            var now = clock.GetUtcNow();
            return await db.RaiseInPagesAsync(events, sweep,
                after => db.Inspections.AsNoTracking().Include(i => i.Team)
                    .Where(i => i.Status == InspectionStatus.Scheduled && i.ScheduledOn >= today && i.ScheduledOn <= horizon && i.Id.CompareTo(after) > 0)
                    .OrderBy(i => i.Id),
                i => i.Id,
                visit =>
                {
                    var date = visit.ScheduledOn!.Value;
                    var daysLeft = date.DayNumber - today.DayNumber;
                    var threshold = reminderDays.FirstOrDefault(d => daysLeft <= d);
                    if (threshold > 0)
                    {
                        events.Raise(new InspectionVisitApproaching(visit.Id, date, daysLeft, threshold, visit.Site,
                            visit.Team.Select(m => new Inspector(m.InspectorId, m.Name)).ToList(), now));
                    }
                    if (visit.Announced && daysLeft <= noticeDays) events.Raise(new InspectionNoticeDue(visit.Id, visit.AgencyId, date, visit.Site, now));
                }, cancellationToken);
        }

        private async Task<int> RemindCorrectiveActionsAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var dueSoonDays = (await rules.GetAsync(db, cancellationToken)).CorrectiveActionReminderDays;
            var limit = today.AddDays(dueSoonDays);
            var now = clock.GetUtcNow();
            return await db.RaiseInPagesAsync(events, sweep,
                after => db.Inspections.AsNoTracking()
                    .Where(i => i.Status == InspectionStatus.CorrectiveActionsRequired)
                    .SelectMany(i => i.Findings, (i, f) => new { i.AgencyId, f.Id, f.DueOn, f.CorrectiveAction, f.Status })
                    .Where(f => f.Status == FindingStatus.Open && f.DueOn <= limit && f.Id.CompareTo(after) > 0)
                    .OrderBy(f => f.Id),
                f => f.Id,
                finding => events.Raise(new CorrectiveActionDue(finding.Id, finding.AgencyId, finding.CorrectiveAction, finding.DueOn, finding.DueOn < today, now)),
                cancellationToken);
        }

        private Task<int> ReportOverdueVisitsAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            return db.RaiseInPagesAsync(events, sweep,
                after => db.Inspections.AsNoTracking()
                    .Where(i => ((i.Status == InspectionStatus.Scheduled && i.ScheduledOn < today) || (i.Status == InspectionStatus.Planned && i.PlannedFor < today)) && i.Id.CompareTo(after) > 0)
                    .OrderBy(i => i.Id)
                    .Select(i => new { i.Id, Date = i.ScheduledOn ?? i.PlannedFor, i.Site.Address, i.Site.ProvinceCode }),
                v => v.Id,
                visit => events.Raise(new InspectionOverdue(visit.Id, visit.Date, visit.Address, visit.ProvinceCode, now)),
                cancellationToken);
        }
    }
}
