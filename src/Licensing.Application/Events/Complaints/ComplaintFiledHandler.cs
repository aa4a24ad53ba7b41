using Licensing.Application.Abstractions;
using Licensing.Application.Complaints;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;
using Licensing.Domain.Identity;

namespace Licensing.Application.Events.Complaints;

/// <summary>
/// The desk hears of a new complaint; Interior (officers and its address) too when the recruiter is
/// not a known agency; the complainant gets the tracking code by e-mail. Notices name the complaint, never the complainant.
/// </summary>
public sealed class ComplaintFiledHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, NotificationWriter notifications)
    : DomainEventHandler<ComplaintFiled>
{
    public override async Task HandleAsync(ComplaintFiled filed, CancellationToken cancellationToken)
    {
        var complaint = filed.Complaint;
        var now = complaint.ReceivedAt;
        var subject = $"New complaint {complaint.TrackingCode} / ពាក្យបណ្តឹងថ្មី";
        var body = $"A complaint ({complaint.Account.Category}, province {complaint.Complainant.ProvinceCode}) was received. Acknowledge it by {PhnomPenh.DateOf(complaint.AcknowledgeBy):yyyy-MM-dd}.";
        foreach (var (id, email) in await directory.DeskAsync(complaint.Desk, complaint.Complainant.ProvinceCode, cancellationToken))
        {
            notifications.ToUser(id, email, subject, body, now, $"complaint-received:{complaint.Id}:{id}");
        }
        if (complaint.AgencyId is null)
        {
            var interiorSubject = $"Complaint against an unlicensed recruiter {complaint.TrackingCode} / ពាក្យបណ្តឹងប្រឆាំងអ្នកជ្រើសរើសគ្មានអាជ្ញាប័ណ្ណ";
            var interiorBody = $"Recruiter named: {complaint.UnlicensedRecruiter}. Category: {complaint.Account.Category}. Province: {complaint.Complainant.ProvinceCode}.";
            foreach (var (id, email) in await directory.InRoleAsync(Roles.InteriorOfficer, cancellationToken))
            {
                notifications.ToUser(id, email, interiorSubject, interiorBody, now, $"complaint-interior:{complaint.Id}:{id}");
            }
            notifications.ToAddress((await rules.GetAsync(db, cancellationToken)).ComplaintInteriorEmail, interiorSubject, interiorBody, now, $"complaint-interior:{complaint.Id}");
        }
        if (complaint.Complainant.Email is { } address)
        {
            notifications.ToAddress(address, $"Your complaint {complaint.TrackingCode} / ពាក្យបណ្តឹងរបស់អ្នក",
                $"We received your complaint. Its tracking code is {complaint.TrackingCode}. Follow it at /complaints/track with this code and the PIN shown when you filed it.",
                now, $"complaint-filed:{complaint.Id}");
        }
    }
}
