using Licensing.Domain.Common;
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
        notifications.Sms(issued.Phone, new LocalizedText(
            $"ក្រសួងការងារ៖ ពាក្យបណ្តឹង {issued.TrackingCode} លេខសម្ងាត់ (PIN) {issued.Pin}។ សូមរក្សាលេខសម្ងាត់ជាការសម្ងាត់។",
            $"MLVT: complaint {issued.TrackingCode}, PIN {issued.Pin}. Keep the PIN secret."), issued.Language, issued.At);
        return Task.CompletedTask;
    }
}
