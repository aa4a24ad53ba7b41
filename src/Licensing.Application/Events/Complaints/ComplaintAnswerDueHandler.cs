using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>The agency is reminded that its answer is due (two days before), and once when it is overdue.</summary>
public sealed class ComplaintAnswerDueHandler(NotificationWriter notifications) : DomainEventHandler<ComplaintAnswerDue>
{
    public override Task HandleAsync(ComplaintAnswerDue due, CancellationToken cancellationToken)
    {
        var overdue = due.AnswerBy < due.At;
        var answerBy = PhnomPenh.DateOf(due.AnswerBy);
        var notice = ComplaintNotices.ForAgency(due.TrackingCode, overdue
            ? ($"ចម្លើយរបស់អ្នកត្រូវដល់កាលកំណត់ថ្ងៃ {answerBy:yyyy-MM-dd} ហើយមិនទាន់បានទទួលនៅឡើយ។", $"Your answer was due {answerBy:yyyy-MM-dd} and has not been received.")
            : ($"ចម្លើយរបស់អ្នកត្រូវដល់កាលកំណត់ថ្ងៃ {answerBy:yyyy-MM-dd}។", $"Your answer is due {answerBy:yyyy-MM-dd}."));
        var key = $"{(overdue ? "complaint-answer-overdue" : "complaint-answer-due")}:{due.ComplaintId}";
        return notifications.ToAgencyOnceAsync(due.AgencyId, notice, due.At, key, cancellationToken);
    }
}
