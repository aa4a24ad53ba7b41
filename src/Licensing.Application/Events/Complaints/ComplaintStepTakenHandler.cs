using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>The complainant hears that the complaint was acknowledged or went to conciliation; the agency that it is investigated and when its answer is due.</summary>
public sealed class ComplaintStepTakenHandler(NotificationWriter notifications) : DomainEventHandler<ComplaintStepTaken>
{
    public override async Task HandleAsync(ComplaintStepTaken step, CancellationToken cancellationToken)
    {
        var complaint = step.Complaint;
        switch (step.Step)
        {
            case ComplaintStatus.Acknowledged:
                notifications.TellComplainant(complaint, step.At, "complaint-acknowledged");
                break;
            case ComplaintStatus.UnderInvestigation:
                await notifications.TellAgencyAsync(complaint,
                    $"A complaint about your agency ({complaint.Account.Category}) is under investigation. Answer by {(complaint.AgencyAnswerBy is { } answerBy ? PhnomPenh.DateOf(answerBy) : null):yyyy-MM-dd}.",
                    step.At, "complaint-investigation", cancellationToken);
                break;
            case ComplaintStatus.Conciliation:
                notifications.TellComplainant(complaint, step.At, "complaint-conciliation");
                break;
        }
    }
}
