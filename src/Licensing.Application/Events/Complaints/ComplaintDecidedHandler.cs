using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Application.Webhooks;
using Licensing.Domain.Complaints;
using Licensing.Domain.Identity;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Complaints;

/// <summary>The complainant hears of the outcome; Interior's officers of a referral to the police / NCCT, with the officer's note.</summary>
public sealed class ComplaintDecidedHandler(IUserDirectory directory, NotificationWriter notifications, WebhookPublisher webhooks) : DomainEventHandler<ComplaintDecided>
{
    public override async Task HandleAsync(ComplaintDecided decided, CancellationToken cancellationToken)
    {
        var complaint = decided.Complaint;
        if (complaint.Outcome == ComplaintStatus.Referred && complaint.ReferredTo == ReferralTarget.PoliceOrNcct)
        {
            var referred = new NoticeText(Catalogue.Both(Keys.ComplaintReferredTitle, complaint.TrackingCode),
                Catalogue.Both(Keys.ComplaintReferredBody, complaint.DecisionReason));
            foreach (var officer in await directory.InRoleAsync(Roles.InteriorOfficer, cancellationToken))
            {
                notifications.ToUser(officer, referred, decided.At, $"complaint-referred:{complaint.Id}:{officer.Id}");
            }
        }
        notifications.TellComplainant(complaint, decided.At, "complaint-decided");
        await webhooks.PublishAsync(WebhookEventKind.ComplaintDecided, decided.At, ComplaintEventData.Of(complaint), cancellationToken);
    }
}
