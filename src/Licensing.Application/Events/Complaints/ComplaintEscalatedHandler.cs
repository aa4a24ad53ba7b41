using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>
/// A late complaint is reported to its desk's supervisors (level 1), then to MLVT, officers and the
/// complaints unit's address (level 2); keyed by deadline and level, so it is written once.
/// </summary>
public sealed class ComplaintEscalatedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, ReferenceNames names, NotificationWriter notifications)
    : DomainEventHandler<ComplaintEscalated>
{
    // MLVT is whom the ministry desk reaches, so the recipients of both levels are looked up by desk, once per sweep.
    private readonly LookupCache<(ComplaintDesk Desk, string Province), IReadOnlyList<UserContact>> _desks =
        new((desk, ct) => directory.DeskAsync(desk.Desk, desk.Province, ct));

    public override async Task HandleAsync(ComplaintEscalated escalated, CancellationToken cancellationToken)
    {
        var (complaint, due, level, now) = (escalated.Complaint, escalated.Due, escalated.Level, escalated.At);
        var recipients = level == 1
            ? await _desks.GetAsync((complaint.Desk, complaint.Complainant.ProvinceCode), cancellationToken)
            : await _desks.GetAsync((ComplaintDesk.Ministry, ""), cancellationToken);
        var key = $"complaint-escalation:{complaint.Id}:{due:yyyyMMddHHmm}:{level}";
        var notice = await NoticeAsync(complaint, due, level, cancellationToken);
        var messages = recipients.SelectMany(r => OutboxNotices.ToUser(r, notice, now, $"{key}:{r.Id}"));
        if (level == 2)
        {
            messages = messages.Append(OutboxNotices.ToAddress((await rules.GetAsync(db, cancellationToken)).ComplaintMinistryEmail, notice, now, key));
        }
        notifications.Once(messages.ToList());
    }

    private async Task<NoticeText> NoticeAsync(Complaint complaint, DateTimeOffset due, int level, CancellationToken cancellationToken)
    {
        var (status, desk) = (names.Term(complaint.Status), names.Term(complaint.Desk));
        var province = await names.ProvinceAsync(complaint.Complainant.ProvinceCode, cancellationToken);
        var dueOn = PhnomPenh.DateOf(due);
        return new NoticeText(Catalogue.Both(Keys.ComplaintOverdueTitle, complaint.TrackingCode),
            Catalogue.Both(Keys.ComplaintOverdueBody, complaint.TrackingCode, status, desk, province, dueOn,
                complaint.AssignedOfficerName ?? (object)Catalogue.Both(Keys.NotAssigned), level));
    }
}
