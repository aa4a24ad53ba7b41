using System.Linq.Expressions;
using Licensing.Application.Abstractions;
using Licensing.Application.Events;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// The daily complaint deadlines job. A complaint past its deadline (acknowledgement, then
/// resolution) is reported to its desk's supervisor; still late N days on, to MLVT (officers and
/// the complaints unit's address). Each level is written once per deadline: keyed in the outbox, and
/// marked on the complaint, so that only complaints with a level still to report are read.
/// The agency is reminded two days before its answer is due and once when it is overdue.
/// </summary>
public static class EscalateComplaints
{
    public sealed class Handler(ILicensingDb db, IUserDirectory directory, TimeProvider clock, SweepOptions sweep, RuleSettingsCache rules)
    {
        /// <summary>Returns how many escalations and reminders were queued.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var secondLevelDays = (await rules.GetAsync(db, cancellationToken)).ComplaintSecondEscalationDays;
            return await EscalateAsync(now, now.AddDays(-secondLevelDays), cancellationToken) + await RemindAgenciesAsync(now, cancellationToken);
        }

        private async Task<int> EscalateAsync(DateTimeOffset now, DateTimeOffset secondLevelBefore, CancellationToken cancellationToken)
        {
            var ministryEmail = (await rules.GetAsync(db, cancellationToken)).ComplaintMinistryEmail;
            // MLVT is whom the ministry desk reaches, so the recipients of both levels are looked up by desk.
            var desks = new LookupCache<(ComplaintDesk Desk, string Province), IReadOnlyList<(Guid Id, string Email)>>(
                (desk, ct) => directory.DeskAsync(desk.Desk, desk.Province, ct));
            return await db.NotifyInPagesAsync(sweep,
                after => db.Complaints.Where(ComplaintAccess.IsOpen).Where(LevelStillToReport(now, secondLevelBefore)).Where(c => c.Id.CompareTo(after) > 0).OrderBy(c => c.Id),
                c => c.Id,
                async (complaint, notices) =>
                {
                    var due = complaint.NextDeadline!.Value;
                    if (complaint.EscalationLevel < 1 && due < now)
                    {
                        var supervisors = await desks.GetAsync((complaint.Desk, complaint.Complainant.ProvinceCode), cancellationToken);
                        notices.Add(Escalation(complaint, due, 1, supervisors, ministryEmail, now), () => complaint.Escalate(1));
                    }
                    if (complaint.EscalationLevel < 2 && due < secondLevelBefore)
                    {
                        var ministry = await desks.GetAsync((ComplaintDesk.Ministry, ""), cancellationToken);
                        notices.Add(Escalation(complaint, due, 2, ministry, ministryEmail, now), () => complaint.Escalate(2));
                    }
                }, cancellationToken);
        }

        private async Task<int> RemindAgenciesAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var answerDueBy = now.AddDays(2);
            var agencies = AgencyContacts.CacheFor(db, directory);
            return await db.NotifyInPagesAsync(sweep,
                after => db.Complaints.AsNoTracking().Where(ComplaintAccess.IsOpen)
                    .Where(c => c.AgencyId != null && c.AgencyAnsweredAt == null && c.AgencyAnswerBy <= answerDueBy && c.Id.CompareTo(after) > 0)
                    .OrderBy(c => c.Id)
                    .Select(c => new AnswerDue(c.Id, c.TrackingCode, c.AgencyId!.Value, c.AgencyAnswerBy!.Value)),
                c => c.Id,
                async (complaint, notices) =>
                {
                    var overdue = complaint.AnswerBy < now;
                    var (subject, body) = ComplaintNotices.ForAgency(complaint.TrackingCode, overdue
                        ? $"Your answer was due {PhnomPenh.DateOf(complaint.AnswerBy):yyyy-MM-dd} and has not been received."
                        : $"Your answer is due {PhnomPenh.DateOf(complaint.AnswerBy):yyyy-MM-dd}.");
                    var key = $"{(overdue ? "complaint-answer-overdue" : "complaint-answer-due")}:{complaint.Id}";
                    notices.Add(OutboxNotices.ToAgency(await agencies.GetAsync(complaint.AgencyId, cancellationToken), subject, body, now, key));
                }, cancellationToken);
        }

        private static IEnumerable<OutboxMessage> Escalation(
            Complaint complaint, DateTimeOffset due, int level, IReadOnlyList<(Guid Id, string Email)> recipients, string ministryEmail, DateTimeOffset now)
        {
            var key = $"complaint-escalation:{complaint.Id}:{due:yyyyMMddHHmm}:{level}";
            var subject = $"Complaint {complaint.TrackingCode} overdue / ពាក្យបណ្តឹងហួសកាលកំណត់";
            var body = $"Complaint {complaint.TrackingCode} ({complaint.Status}, desk {complaint.Desk}, province {complaint.Complainant.ProvinceCode}) "
                + $"was due {PhnomPenh.DateOf(due):yyyy-MM-dd}. Officer: {complaint.AssignedOfficerName ?? "not assigned"}. Escalation level {level}.";
            var messages = recipients.SelectMany(r => OutboxNotices.ToUser(r.Id, r.Email, subject, body, now, $"{key}:{r.Id}"));
            return level == 2 ? messages.Append(OutboxNotices.ToAddress(ministryEmail, subject, body, now, key)) : messages;
        }
    }

    /// <summary>An open complaint past its deadline, or past it by the second level's days, whose level is not yet reported.</summary>
    private static Expression<Func<Complaint, bool>> LevelStillToReport(DateTimeOffset now, DateTimeOffset secondLevelBefore) => c =>
        (c.Status == ComplaintStatus.Received
            && ((c.EscalationLevel < 1 && c.AcknowledgeBy < now) || (c.EscalationLevel < 2 && c.AcknowledgeBy < secondLevelBefore)))
        || (c.Status != ComplaintStatus.Received
            && ((c.EscalationLevel < 1 && c.ResolveBy < now) || (c.EscalationLevel < 2 && c.ResolveBy < secondLevelBefore)));

    private sealed record AnswerDue(Guid Id, string TrackingCode, Guid AgencyId, DateTimeOffset AnswerBy);
}
