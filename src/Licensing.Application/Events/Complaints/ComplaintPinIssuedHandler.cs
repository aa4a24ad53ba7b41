using Licensing.Application.Texts;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>
/// The complainant's tracking code and PIN by SMS in the language of their form, through the outbox
/// (whose SMS channel forgets the text once sent).
/// </summary>
public sealed class ComplaintPinIssuedHandler(NotificationWriter notifications) : DomainEventHandler<ComplaintPinIssued>
{
    public override Task HandleAsync(ComplaintPinIssued issued, CancellationToken cancellationToken)
    {
        notifications.Sms(issued.Phone, Catalogue.Both(Keys.ComplaintPin, issued.TrackingCode, issued.Pin), issued.Language, issued.At);
        return Task.CompletedTask;
    }
}
