using Licensing.Domain.Complaints;

namespace Licensing.Application.Events.Complaints;

/// <summary>The complainant's tracking code and PIN by SMS, through the outbox (whose SMS channel forgets the text once sent).</summary>
public sealed class ComplaintPinIssuedHandler(NotificationWriter notifications) : DomainEventHandler<ComplaintPinIssued>
{
    public override Task HandleAsync(ComplaintPinIssued issued, CancellationToken cancellationToken)
    {
        notifications.Sms(issued.Phone, $"MLVT: complaint {issued.TrackingCode}, PIN {issued.Pin}. Keep the PIN secret. / ពាក្យបណ្តឹង {issued.TrackingCode} លេខសម្ងាត់ {issued.Pin}", issued.At);
        return Task.CompletedTask;
    }
}
