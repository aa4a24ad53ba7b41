using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Complaints;
using Licensing.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// The daily complaint deadlines job. A complaint past its deadline (acknowledgement, then
/// resolution) is reported to its desk's supervisor; still late N days on, to MLVT (officers and
/// the complaints unit's address). Each level is written once per deadline (keyed in the outbox).
/// The agency is reminded two days before its answer is due and once when it is overdue.
/// </summary>
public static class EscalateComplaints
{
    public sealed class Handler(ILicensingDb db, IUserDirectory directory, TimeProvider clock)
    {
        /// <summary>Returns how many escalations and reminders were queued.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var secondLevelDays = await db.GetIntSettingAsync(SettingCatalog.ComplaintSecondEscalationDays, cancellationToken);
            var open = await db.Complaints.Where(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged
                || c.Status == ComplaintStatus.UnderInvestigation || c.Status == ComplaintStatus.Conciliation).ToListAsync(cancellationToken);
            var sent = 0;
            foreach (var complaint in open)
            {
                var due = complaint.NextDeadline!.Value;
                if (now > due) sent += await EscalateAsync(complaint, due, 1, now, cancellationToken);
                if (now > due.AddDays(secondLevelDays)) sent += await EscalateAsync(complaint, due, 2, now, cancellationToken);
                sent += await RemindAgencyAsync(complaint, now, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            return sent;
        }

        private async Task<int> EscalateAsync(Complaint complaint, DateTimeOffset due, int level, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var key = $"complaint-escalation:{complaint.Id}:{due:yyyyMMddHHmm}:{level}";
            if (await db.AlreadyNotifiedAsync(key, cancellationToken)) return 0;
            complaint.Escalate(level);
            var subject = $"Complaint {complaint.TrackingCode} overdue / ពាក្យបណ្តឹងហួសកាលកំណត់";
            var body = $"Complaint {complaint.TrackingCode} ({complaint.Status}, desk {complaint.Desk}, province {complaint.Complainant.ProvinceCode}) "
                + $"was due {due:yyyy-MM-dd}. Officer: {complaint.AssignedOfficerName ?? "not assigned"}. Escalation level {level}.";
            var recipients = level == 1
                ? await directory.DeskAsync(complaint.Desk, complaint.Complainant.ProvinceCode, cancellationToken)
                : await directory.MinistryAsync(cancellationToken);
            foreach (var (id, email) in recipients) db.NotifyUser(id, email, subject, body, now, $"{key}:{id}");
            if (level == 2) db.NotifyAddress(await db.GetSettingAsync(SettingCatalog.ComplaintMinistryEmail, cancellationToken), subject, body, now, key);
            return 1;
        }

        private async Task<int> RemindAgencyAsync(Complaint complaint, DateTimeOffset now, CancellationToken cancellationToken)
        {
            if (complaint.AgencyAnswerBy is not { } answerBy || complaint.AgencyAnsweredAt is not null || now < answerBy.AddDays(-2)) return 0;
            var overdue = complaint.AgencyAnswerOverdue(now);
            var key = overdue ? "complaint-answer-overdue" : "complaint-answer-due";
            if (await db.AlreadyNotifiedAsync($"{key}:{complaint.Id}", cancellationToken)) return 0;
            await db.TellAgencyAsync(directory, complaint,
                overdue ? $"Your answer was due {answerBy:yyyy-MM-dd} and has not been received." : $"Your answer is due {answerBy:yyyy-MM-dd}.",
                now, key, cancellationToken);
            return 1;
        }
    }
}
