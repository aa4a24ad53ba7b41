using Licensing.Application.Abstractions;
using Licensing.Application.Complaints;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>
/// A late complaint is reported to its desk's supervisors (level 1), then to MLVT, officers and the
/// complaints unit's address (level 2); keyed by deadline and level, so it is written once.
/// </summary>
public sealed class ComplaintEscalatedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, NotificationWriter notifications)
    : DomainEventHandler<ComplaintEscalated>
{
    // MLVT is whom the ministry desk reaches, so the recipients of both levels are looked up by desk, once per sweep.
    private readonly LookupCache<(ComplaintDesk Desk, string Province), IReadOnlyList<(Guid Id, string Email)>> _desks =
        new((desk, ct) => directory.DeskAsync(desk.Desk, desk.Province, ct));

    public override async Task HandleAsync(ComplaintEscalated escalated, CancellationToken cancellationToken)
    {
        var (complaint, due, level, now) = (escalated.Complaint, escalated.Due, escalated.Level, escalated.At);
        var recipients = level == 1
            ? await _desks.GetAsync((complaint.Desk, complaint.Complainant.ProvinceCode), cancellationToken)
            : await _desks.GetAsync((ComplaintDesk.Ministry, ""), cancellationToken);
        var key = $"complaint-escalation:{complaint.Id}:{due:yyyyMMddHHmm}:{level}";
        var subject = $"Complaint {complaint.TrackingCode} overdue / ពាក្យបណ្តឹងហួសកាលកំណត់";
        var body = $"Complaint {complaint.TrackingCode} ({complaint.Status}, desk {complaint.Desk}, province {complaint.Complainant.ProvinceCode}) "
            + $"was due {PhnomPenh.DateOf(due):yyyy-MM-dd}. Officer: {complaint.AssignedOfficerName ?? "not assigned"}. Escalation level {level}.";
        var messages = recipients.SelectMany(r => OutboxNotices.ToUser(r.Id, r.Email, subject, body, now, $"{key}:{r.Id}"));
        if (level == 2)
        {
            messages = messages.Append(OutboxNotices.ToAddress((await rules.GetAsync(db, cancellationToken)).ComplaintMinistryEmail, subject, body, now, key));
        }
        notifications.Once(messages.ToList());
    }
}
