using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>The agency is reminded that its answer is due (two days before), and once when it is overdue.</summary>
public sealed class ComplaintAnswerDueHandler(NotificationWriter notifications) : DomainEventHandler<ComplaintAnswerDue>
{
    public override Task HandleAsync(ComplaintAnswerDue due, CancellationToken cancellationToken)
    {
        var overdue = due.AnswerBy < due.At;
        var (subject, body) = ComplaintNotices.ForAgency(due.TrackingCode, overdue
            ? $"Your answer was due {PhnomPenh.DateOf(due.AnswerBy):yyyy-MM-dd} and has not been received."
            : $"Your answer is due {PhnomPenh.DateOf(due.AnswerBy):yyyy-MM-dd}.");
        var key = $"{(overdue ? "complaint-answer-overdue" : "complaint-answer-due")}:{due.ComplaintId}";
        return notifications.ToAgencyOnceAsync(due.AgencyId, subject, body, due.At, key, cancellationToken);
    }
}
