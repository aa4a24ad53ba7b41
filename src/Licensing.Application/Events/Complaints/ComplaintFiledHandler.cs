using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Application.Settings;
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
        var received = new NoticeText($"ពាក្យបណ្តឹងថ្មី {complaint.TrackingCode}", $"New complaint {complaint.TrackingCode}",
            $"បានទទួលពាក្យបណ្តឹងមួយ ({category.Km}, ខេត្ត {province.Km})។ សូមទទួលស្គាល់ត្រឹមថ្ងៃ {acknowledgeBy:yyyy-MM-dd}។",
            $"A complaint ({category.En}, province {province.En}) was received. Acknowledge it by {acknowledgeBy:yyyy-MM-dd}.");
        foreach (var officer in await directory.DeskAsync(complaint.Desk, complaint.Complainant.ProvinceCode, cancellationToken))
        {
            notifications.ToUser(officer, received, now, $"complaint-received:{complaint.Id}:{officer.Id}");
        }
        if (complaint.AgencyId is null)
        {
            var interior = new NoticeText(
                $"ពាក្យបណ្តឹងប្រឆាំងអ្នកជ្រើសរើសគ្មានអាជ្ញាប័ណ្ណ {complaint.TrackingCode}", $"Complaint against an unlicensed recruiter {complaint.TrackingCode}",
                $"អ្នកជ្រើសរើសដែលត្រូវបានដាក់ឈ្មោះ៖ {complaint.UnlicensedRecruiter}។ ប្រភេទ៖ {category.Km}។ ខេត្ត៖ {province.Km}។",
                $"Recruiter named: {complaint.UnlicensedRecruiter}. Category: {category.En}. Province: {province.En}.");
            foreach (var officer in await directory.InRoleAsync(Roles.InteriorOfficer, cancellationToken))
            {
                notifications.ToUser(officer, interior, now, $"complaint-interior:{complaint.Id}:{officer.Id}");
            }
            notifications.ToAddress((await rules.GetAsync(db, cancellationToken)).ComplaintInteriorEmail, interior, now, $"complaint-interior:{complaint.Id}");
        }
        if (complaint.Complainant.Email is { } address)
        {
            notifications.ToAddress(address, new NoticeText(
                $"ពាក្យបណ្តឹងរបស់អ្នក {complaint.TrackingCode}", $"Your complaint {complaint.TrackingCode}",
                $"យើងបានទទួលពាក្យបណ្តឹងរបស់អ្នក។ លេខកូដតាមដានគឺ {complaint.TrackingCode}។ សូមតាមដាននៅ /complaints/track ជាមួយលេខកូដនេះ និងលេខសម្ងាត់ (PIN) ដែលបានបង្ហាញនៅពេលអ្នកដាក់ពាក្យ។",
                $"We received your complaint. Its tracking code is {complaint.TrackingCode}. Follow it at /complaints/track with this code and the PIN shown when you filed it."),
                now, $"complaint-filed:{complaint.Id}", complaint.Complainant.Language);
        }
        await webhooks.PublishAsync(WebhookEventKind.ComplaintFiled, now, ComplaintEventData.Of(complaint), cancellationToken);
    }
}
