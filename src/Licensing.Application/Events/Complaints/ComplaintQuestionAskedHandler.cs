using Licensing.Application.Texts;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>The agency or the complainant is told that the officer asked them a question (the question itself is read on the complaint).</summary>
public sealed class ComplaintQuestionAskedHandler(NotificationWriter notifications) : DomainEventHandler<ComplaintQuestionAsked>
{
    public override async Task HandleAsync(ComplaintQuestionAsked asked, CancellationToken cancellationToken)
    {
        if (asked.Kind == ComplaintEntryKind.QuestionToAgency)
        {
            await notifications.TellAgencyAsync(asked.Complaint, Catalogue.Both(Keys.ComplaintQuestionToAgency), asked.At, $"complaint-question:{asked.At:yyyyMMddHHmmss}", cancellationToken);
        }
        if (asked.Kind == ComplaintEntryKind.QuestionToComplainant) notifications.TellComplainant(asked.Complaint, asked.At, "complaint-question");
    }
}
