using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Application.Webhooks;
using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;
using Licensing.Domain.Identity;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Complaints;

/// <summary>
/// The desk hears of a new complaint; Interior (officers and its address) too when the recruiter is
/// not a known agency; the complainant gets the tracking code by e-mail, in the language of their form.
/// Notices name the complaint, never the complainant.
/// </summary>
public sealed class ComplaintFiledHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, ReferenceNames names, NotificationWriter notifications, WebhookPublisher webhooks)
    : DomainEventHandler<ComplaintFiled>
{
    public override async Task HandleAsync(ComplaintFiled filed, CancellationToken cancellationToken)
    {
        var complaint = filed.Complaint;
        var now = complaint.ReceivedAt;
        var (category, province) = (names.Term(complaint.Account.Category), await names.ProvinceAsync(complaint.Complainant.ProvinceCode, cancellationToken));
        var acknowledgeBy = PhnomPenh.DateOf(complaint.AcknowledgeBy);
        var received = new NoticeText(Catalogue.Both(Keys.ComplaintReceivedTitle, complaint.TrackingCode),
            Catalogue.Both(Keys.ComplaintReceivedBody, category, province, acknowledgeBy));
        foreach (var officer in await directory.DeskAsync(complaint.Desk, complaint.Complainant.ProvinceCode, cancellationToken))
        {
            notifications.ToUser(officer, received, now, $"complaint-received:{complaint.Id}:{officer.Id}");
        }
        if (complaint.AgencyId is null)
        {
            var interior = new NoticeText(Catalogue.Both(Keys.ComplaintUnlicensedTitle, complaint.TrackingCode),
                Catalogue.Both(Keys.ComplaintUnlicensedBody, complaint.UnlicensedRecruiter, category, province));
            foreach (var officer in await directory.InRoleAsync(Roles.InteriorOfficer, cancellationToken))
            {
                notifications.ToUser(officer, interior, now, $"complaint-interior:{complaint.Id}:{officer.Id}");
            }
            notifications.ToAddress((await rules.GetAsync(db, cancellationToken)).ComplaintInteriorEmail, interior, now, $"complaint-interior:{complaint.Id}");
        }
        if (complaint.Complainant.Email is { } address)
        {
            notifications.ToAddress(address, new NoticeText(
                Catalogue.Both(Keys.ComplaintFiledTitle, complaint.TrackingCode), Catalogue.Both(Keys.ComplaintFiledBody, complaint.TrackingCode)),
                now, $"complaint-filed:{complaint.Id}", complaint.Complainant.Language);
        }
        await webhooks.PublishAsync(WebhookEventKind.ComplaintFiled, now, ComplaintEventData.Of(complaint), cancellationToken);
    }
}
