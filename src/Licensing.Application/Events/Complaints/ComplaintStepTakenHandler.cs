using Licensing.Application.Common;
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
                await notifications.TellAgencyAsync(complaint,
                    ($"ពាក្យបណ្តឹងអំពីភ្នាក់ងាររបស់អ្នក ({category.Km}) កំពុងស្ថិតក្រោមការស៊ើបអង្កេត។ សូមឆ្លើយតបត្រឹមថ្ងៃ {answerBy:yyyy-MM-dd}។",
                     $"A complaint about your agency ({category.En}) is under investigation. Answer by {answerBy:yyyy-MM-dd}."),
                    step.At, "complaint-investigation", cancellationToken);
                break;
            case ComplaintStatus.Conciliation:
                notifications.TellComplainant(complaint, step.At, "complaint-conciliation");
                break;
        }
    }
}
