using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>The complainant hears that the complaint was acknowledged or went to conciliation; the agency that it is investigated and when its answer is due.</summary>
public sealed class ComplaintStepTakenHandler(ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<ComplaintStepTaken>
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
                var category = names.Term(complaint.Account.Category);
                var answerBy = complaint.AgencyAnswerBy is { } by ? PhnomPenh.DateOf(by) : (DateOnly?)null;
                await notifications.TellAgencyAsync(complaint, Catalogue.Both(Keys.ComplaintInvestigated, category, answerBy), step.At, "complaint-investigation", cancellationToken);
                break;
            case ComplaintStatus.Conciliation:
                notifications.TellComplainant(complaint, step.At, "complaint-conciliation");
                break;
        }
    }
}
