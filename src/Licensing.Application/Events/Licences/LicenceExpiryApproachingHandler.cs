using Licensing.Domain.Licences;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is reminded that its licence expires soon, once per licence, expiry date and threshold.</summary>
public sealed class LicenceExpiryApproachingHandler(NotificationWriter notifications) : DomainEventHandler<LicenceExpiryApproaching>
{
    public override Task HandleAsync(LicenceExpiryApproaching due, CancellationToken cancellationToken) =>
        notifications.ToAgencyOnceAsync(due.AgencyId, new NoticeText(
            $"អាជ្ញាប័ណ្ណ {due.Number} នឹងផុតសុពលភាពក្នុងរយៈពេល {due.DaysLeft} ថ្ងៃ", $"Licence {due.Number} expires in {due.DaysLeft} days",
            $"អាជ្ញាប័ណ្ណ {due.Number} នឹងផុតសុពលភាពនៅថ្ងៃ {due.ExpiresOn:yyyy-MM-dd}។ សូមដាក់ពាក្យស្នើសុំបន្តមុនថ្ងៃនោះ ដើម្បីបន្តជ្រើសរើស និងបញ្ជូនពលករ។",
            $"Licence {due.Number} expires on {due.ExpiresOn:yyyy-MM-dd}. Apply for renewal before then to keep recruiting and sending workers."),
            due.At, $"licence-expiry:{due.LicenceId}:{due.ExpiresOn:yyyyMMdd}:{due.Threshold}", cancellationToken);
}
