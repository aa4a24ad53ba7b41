using Licensing.Application.Common;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The agency gets its notice of an announced visit (Prakas 250), once per date.</summary>
public sealed class InspectionNoticeDueHandler(ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<InspectionNoticeDue>
{
    public override async Task HandleAsync(InspectionNoticeDue notice, CancellationToken cancellationToken)
    {
        var site = await names.SiteAsync(notice.Site, cancellationToken);
        await notifications.ToAgencyOnceAsync(notice.AgencyId, new NoticeText(
            $"ការជូនដំណឹងអំពីអធិការកិច្ចថ្ងៃ {notice.Date:yyyy-MM-dd}", $"Notice of inspection on {notice.Date:yyyy-MM-dd}",
            $"អធិការក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈនឹងចុះអធិការកិច្ចនៅ {site.Km} នៅថ្ងៃ {notice.Date:yyyy-MM-dd} (ប្រកាស ២៥០)។",
            $"MLVT inspectors will visit {site.En} on {notice.Date:yyyy-MM-dd} (Prakas 250)."),
            notice.At, $"inspection-notice:{notice.InspectionId}:{notice.Date:yyyyMMdd}", cancellationToken);
    }
}
