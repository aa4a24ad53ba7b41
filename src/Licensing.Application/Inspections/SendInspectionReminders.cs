using Licensing.Application.Abstractions;
using Licensing.Application.Events;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
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
    public sealed class Handler(ILicensingDb db, IUserDirectory directory, TimeProvider clock, BusinessCalendar calendar, SweepOptions sweep, RuleSettingsCache rules)
    {
        /// <summary>Returns how many reminders were queued.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var agencies = AgencyContacts.CacheFor(db, directory);
            var sent = await RemindTeamsAndAgenciesAsync(today, agencies, cancellationToken);
            sent += await RemindCorrectiveActionsAsync(today, agencies, cancellationToken);
            return sent + await ReportOverdueVisitsAsync(today, cancellationToken);
        }

        private async Task<int> RemindTeamsAndAgenciesAsync(DateOnly today, LookupCache<Guid, AgencyContacts> agencies, CancellationToken cancellationToken)
        {
            var reminderDays = (await rules.GetAsync(db, cancellationToken)).InspectorReminderDays;
            var noticeDays = (await rules.GetAsync(db, cancellationToken)).InspectionNoticeDays;
            var horizon = today.AddDays(Math.Max(reminderDays[^1], noticeDays));
            var now = clock.GetUtcNow();
            return await db.NotifyInPagesAsync(sweep,
                after => db.Inspections.AsNoTracking().Include(i => i.Team)
                    .Where(i => i.Status == InspectionStatus.Scheduled && i.ScheduledOn >= today && i.ScheduledOn <= horizon && i.Id.CompareTo(after) > 0)
                    .OrderBy(i => i.Id),
                i => i.Id,
                async (visit, notices) =>
                {
                    var date = visit.ScheduledOn!.Value;
                    var daysLeft = date.DayNumber - today.DayNumber;
                    var where = $"{visit.Site.Address} ({visit.Site.ProvinceCode})";
                    var threshold = reminderDays.FirstOrDefault(d => daysLeft <= d);
                    if (threshold > 0)
                    {
                        var key = $"inspection-inspector:{visit.Id}:{date:yyyyMMdd}:{threshold}";
                        notices.Add(visit.Team.SelectMany(member => OutboxNotices.ToUser(member.InspectorId, member.Name,
                            $"Inspection on {date:yyyy-MM-dd} / អធិការកិច្ចថ្ងៃ {date:yyyy-MM-dd}", $"You inspect {where} in {daysLeft} day(s).", now, $"{key}:{member.InspectorId}")));
                    }
                    if (visit.Announced && daysLeft <= noticeDays)
                    {
                        notices.Add(OutboxNotices.ToAgency(await agencies.GetAsync(visit.AgencyId, cancellationToken),
                            $"Notice of inspection on {date:yyyy-MM-dd} / ការជូនដំណឹងអំពីអធិការកិច្ច",
                            $"MLVT inspectors will visit {where} on {date:yyyy-MM-dd} (Prakas 250).", now, $"inspection-notice:{visit.Id}:{date:yyyyMMdd}"));
                    }
                }, cancellationToken);
        }

        private async Task<int> RemindCorrectiveActionsAsync(DateOnly today, LookupCache<Guid, AgencyContacts> agencies, CancellationToken cancellationToken)
        {
            var dueSoonDays = (await rules.GetAsync(db, cancellationToken)).CorrectiveActionReminderDays;
            var limit = today.AddDays(dueSoonDays);
            var now = clock.GetUtcNow();
            return await db.NotifyInPagesAsync(sweep,
                after => db.Inspections.AsNoTracking()
                    .Where(i => i.Status == InspectionStatus.CorrectiveActionsRequired)
                    .SelectMany(i => i.Findings, (i, f) => new { i.AgencyId, f.Id, f.DueOn, f.CorrectiveAction, f.Status })
                    .Where(f => f.Status == FindingStatus.Open && f.DueOn <= limit && f.Id.CompareTo(after) > 0)
                    .OrderBy(f => f.Id),
                f => f.Id,
                async (finding, notices) =>
                {
                    var overdue = finding.DueOn < today;
                    notices.Add(OutboxNotices.ToAgency(await agencies.GetAsync(finding.AgencyId, cancellationToken),
                        overdue ? "Corrective action overdue / វិធានការកែតម្រូវហួសកាលកំណត់" : $"Corrective action due {finding.DueOn:yyyy-MM-dd} / វិធានការកែតម្រូវ",
                        $"{finding.CorrectiveAction} — due {finding.DueOn:yyyy-MM-dd}. Submit your evidence in the agency portal.", now,
                        overdue ? $"finding-overdue:{finding.Id}" : $"finding-due:{finding.Id}"));
                }, cancellationToken);
        }

        private async Task<int> ReportOverdueVisitsAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var chief = (await rules.GetAsync(db, cancellationToken)).ChiefInspectorEmail;
            var now = clock.GetUtcNow();
            return await db.NotifyInPagesAsync(sweep,
                after => db.Inspections.AsNoTracking()
                    .Where(i => ((i.Status == InspectionStatus.Scheduled && i.ScheduledOn < today) || (i.Status == InspectionStatus.Planned && i.PlannedFor < today)) && i.Id.CompareTo(after) > 0)
                    .OrderBy(i => i.Id)
                    .Select(i => new { i.Id, Date = i.ScheduledOn ?? i.PlannedFor, i.Site.Address, i.Site.ProvinceCode }),
                v => v.Id,
                (visit, notices) =>
                {
                    notices.Add([OutboxNotices.ToAddress(chief, $"Inspection overdue since {visit.Date:yyyy-MM-dd} / អធិការកិច្ចហួសកាលកំណត់",
                        $"The visit to {visit.Address} ({visit.ProvinceCode}) planned for {visit.Date:yyyy-MM-dd} has not been done.", now, $"inspection-overdue:{visit.Id}:{visit.Date:yyyyMMdd}")]);
                    return Task.CompletedTask;
                }, cancellationToken);
        }
    }
}
