using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>News of a complaint for the agency and the complainant. Neither message names the complainant.</summary>
public static class ComplaintNotices
{
    public static async Task TellAgencyAsync(this NotificationWriter notifications, Complaint complaint, string what, DateTimeOffset now, string key, CancellationToken cancellationToken)
    {
        if (complaint.AgencyId is not { } agencyId) return;
        var (subject, body) = ForAgency(complaint.TrackingCode, what);
        await notifications.ToAgencyAsync(agencyId, subject, body, now, cancellationToken, $"{key}:{complaint.Id}");
    }

    public static (string Subject, string Body) ForAgency(string trackingCode, string what) =>
        ($"Complaint {trackingCode} / ពាក្យបណ្តឹង {trackingCode}", $"{what} Answer in the agency portal, under Complaints.");

    public static void TellComplainant(this NotificationWriter notifications, Complaint complaint, DateTimeOffset now, string key)
    {
        if (complaint.Complainant.Email is not { } email) return;
        notifications.ToAddress(email, $"News on your complaint {complaint.TrackingCode} / ព័ត៌មានថ្មីអំពីពាក្យបណ្តឹងរបស់អ្នក",
            $"There is news on your complaint {complaint.TrackingCode}. Open /complaints/track with your code and PIN to read it.", now, $"{key}:{complaint.Id}:{now:yyyyMMddHHmmss}");
    }
}
