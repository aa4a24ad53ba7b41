using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The chief inspector hears of a visit past its date and not done, once per date.</summary>
public sealed class InspectionOverdueHandler(ILicensingDb db, RuleSettingsCache rules, ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<InspectionOverdue>
{
    public override async Task HandleAsync(InspectionOverdue visit, CancellationToken cancellationToken)
    {
        var province = await names.ProvinceAsync(visit.ProvinceCode, cancellationToken);
        var notice = new NoticeText($"អធិការកិច្ចហួសកាលកំណត់តាំងពីថ្ងៃ {visit.Date:yyyy-MM-dd}", $"Inspection overdue since {visit.Date:yyyy-MM-dd}",
            $"ការចុះអធិការកិច្ចនៅ {visit.Address} ({province.Km}) ដែលគ្រោងនៅថ្ងៃ {visit.Date:yyyy-MM-dd} មិនទាន់បានធ្វើនៅឡើយ។",
            $"The visit to {visit.Address} ({province.En}) planned for {visit.Date:yyyy-MM-dd} has not been done.");
        notifications.Once([OutboxNotices.ToAddress((await rules.GetAsync(db, cancellationToken)).ChiefInspectorEmail, notice, visit.At, $"inspection-overdue:{visit.InspectionId}:{visit.Date:yyyyMMdd}")]);
    }
}
