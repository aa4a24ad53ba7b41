using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>News of a complaint for the agency and the complainant. Neither message names the complainant.</summary>
public static class ComplaintNotices
{
    public static async Task TellAgencyAsync(this NotificationWriter notifications, Complaint complaint, (string Km, string En) what, DateTimeOffset now, string key, CancellationToken cancellationToken)
    {
        if (complaint.AgencyId is not { } agencyId) return;
        await notifications.ToAgencyAsync(agencyId, ForAgency(complaint.TrackingCode, what), now, cancellationToken, $"{key}:{complaint.Id}");
    }

    public static NoticeText ForAgency(string trackingCode, (string Km, string En) what) => new(
        $"ពាក្យបណ្តឹង {trackingCode}", $"Complaint {trackingCode}",
        $"{what.Km} សូមឆ្លើយតបនៅក្នុងវិបផតថលភ្នាក់ងារ ផ្នែកពាក្យបណ្តឹង។", $"{what.En} Answer in the agency portal, under Complaints.");

    /// <summary>An e-mail to the complainant, in the language of the form they filed with.</summary>
    public static void TellComplainant(this NotificationWriter notifications, Complaint complaint, DateTimeOffset now, string key)
    {
        if (complaint.Complainant.Email is not { } email) return;
        notifications.ToAddress(email, new NoticeText(
            $"ព័ត៌មានថ្មីអំពីពាក្យបណ្តឹងរបស់អ្នក {complaint.TrackingCode}", $"News on your complaint {complaint.TrackingCode}",
            $"មានព័ត៌មានថ្មីអំពីពាក្យបណ្តឹងរបស់អ្នក {complaint.TrackingCode}។ សូមបើក /complaints/track ជាមួយលេខកូដ និងលេខសម្ងាត់ (PIN) របស់អ្នក ដើម្បីអាន។",
            $"There is news on your complaint {complaint.TrackingCode}. Open /complaints/track with your code and PIN to read it."),
            now, $"{key}:{complaint.Id}:{now:yyyyMMddHHmmss}", complaint.Complainant.Language);
    }
}
