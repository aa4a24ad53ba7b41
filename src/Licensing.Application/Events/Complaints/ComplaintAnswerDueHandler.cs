using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>The agency is reminded that its answer is due (two days before), and once when it is overdue.</summary>
public sealed class ComplaintAnswerDueHandler(ILicensingDb db, IUserDirectory directory, NotificationWriter notifications) : DomainEventHandler<ComplaintAnswerDue>
{
    private readonly LookupCache<Guid, AgencyContacts> _agencies = AgencyContacts.CacheFor(db, directory);

    public override async Task HandleAsync(ComplaintAnswerDue due, CancellationToken cancellationToken)
    {
        var overdue = due.AnswerBy < due.At;
        var (subject, body) = ComplaintNotices.ForAgency(due.TrackingCode, overdue
            ? $"Your answer was due {PhnomPenh.DateOf(due.AnswerBy):yyyy-MM-dd} and has not been received."
            : $"Your answer is due {PhnomPenh.DateOf(due.AnswerBy):yyyy-MM-dd}.");
        var key = $"{(overdue ? "complaint-answer-overdue" : "complaint-answer-due")}:{due.ComplaintId}";
        notifications.Once(OutboxNotices.ToAgency(await _agencies.GetAsync(due.AgencyId, cancellationToken), subject, body, due.At, key));
    }
}
