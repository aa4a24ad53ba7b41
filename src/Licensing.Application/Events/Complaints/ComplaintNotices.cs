using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>News of a complaint for the agency and the complainant. Neither message names the complainant.</summary>
public static class ComplaintNotices
{
    public static async Task TellAgencyAsync(this NotificationWriter notifications, Complaint complaint, LocalizedText what, DateTimeOffset now, string key, CancellationToken cancellationToken)
    {
        if (complaint.AgencyId is not { } agencyId) return;
        await notifications.ToAgencyAsync(agencyId, ForAgency(complaint.TrackingCode, what), now, cancellationToken, $"{key}:{complaint.Id}");
    }

    public static NoticeText ForAgency(string trackingCode, LocalizedText what) =>
        new(Catalogue.Both(Keys.ComplaintAgencyTitle, trackingCode), Catalogue.Both(Keys.ComplaintAgencyBody, what));

    /// <summary>An e-mail to the complainant, in the language of the form they filed with.</summary>
    public static void TellComplainant(this NotificationWriter notifications, Complaint complaint, DateTimeOffset now, string key)
    {
        if (complaint.Complainant.Email is not { } email) return;
        notifications.ToAddress(email, new NoticeText(
            Catalogue.Both(Keys.ComplaintNewsTitle, complaint.TrackingCode), Catalogue.Both(Keys.ComplaintNewsBody, complaint.TrackingCode)),
            now, $"{key}:{complaint.Id}:{now:yyyyMMddHHmmss}", complaint.Complainant.Language);
    }
}
