using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The chief inspector hears of a visit past its date and not done, once per date.</summary>
public sealed class InspectionOverdueHandler(ILicensingDb db, RuleSettingsCache rules, ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<InspectionOverdue>
{
    public override async Task HandleAsync(InspectionOverdue visit, CancellationToken cancellationToken)
    {
        var province = await names.ProvinceAsync(visit.ProvinceCode, cancellationToken);
        var notice = new NoticeText(Catalogue.Both(Keys.InspectionOverdueTitle, visit.Date), Catalogue.Both(Keys.InspectionOverdueBody, visit.Address, province, visit.Date));
        notifications.Once([OutboxNotices.ToAddress((await rules.GetAsync(db, cancellationToken)).ChiefInspectorEmail, notice, visit.At, $"inspection-overdue:{visit.InspectionId}:{visit.Date:yyyyMMdd}")]);
    }
}
