using Licensing.Application.Users;
using Licensing.Domain.Complaints;
using Licensing.Domain.Identity;

namespace Licensing.Application.Events.Complaints;

/// <summary>The complainant hears of the outcome; Interior's officers of a referral to the police / NCCT, with the officer's note.</summary>
public sealed class ComplaintDecidedHandler(IUserDirectory directory, NotificationWriter notifications) : DomainEventHandler<ComplaintDecided>
{
    public override async Task HandleAsync(ComplaintDecided decided, CancellationToken cancellationToken)
    {
        var complaint = decided.Complaint;
        if (complaint.Outcome == ComplaintStatus.Referred && complaint.ReferredTo == ReferralTarget.PoliceOrNcct)
        {
            foreach (var (officerId, email) in await directory.InRoleAsync(Roles.InteriorOfficer, cancellationToken))
            {
                notifications.ToUser(officerId, email, $"Complaint {complaint.TrackingCode} referred to the police / NCCT", complaint.DecisionReason ?? "", decided.At, $"complaint-referred:{complaint.Id}:{officerId}");
            }
        }
        notifications.TellComplainant(complaint, decided.At, "complaint-decided");
    }
}
