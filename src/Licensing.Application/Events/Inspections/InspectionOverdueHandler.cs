using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The chief inspector hears of a visit past its date and not done, once per date.</summary>
public sealed class InspectionOverdueHandler(ILicensingDb db, RuleSettingsCache rules, NotificationWriter notifications) : DomainEventHandler<InspectionOverdue>
{
    public override async Task HandleAsync(InspectionOverdue visit, CancellationToken cancellationToken) =>
        notifications.Once([OutboxNotices.ToAddress((await rules.GetAsync(db, cancellationToken)).ChiefInspectorEmail, $"Inspection overdue since {visit.Date:yyyy-MM-dd} / អធិការកិច្ចហួសកាលកំណត់",
            $"The visit to {visit.Address} ({visit.ProvinceCode}) planned for {visit.Date:yyyy-MM-dd} has not been done.", visit.At, $"inspection-overdue:{visit.InspectionId}:{visit.Date:yyyyMMdd}")]);
}
