using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The agency gets its notice of an announced visit (Prakas 250), once per date.</summary>
public sealed class InspectionNoticeDueHandler(NotificationWriter notifications) : DomainEventHandler<InspectionNoticeDue>
{
    public override Task HandleAsync(InspectionNoticeDue notice, CancellationToken cancellationToken) =>
        notifications.ToAgencyOnceAsync(notice.AgencyId,
            $"Notice of inspection on {notice.Date:yyyy-MM-dd} / ការជូនដំណឹងអំពីអធិការកិច្ច",
            $"MLVT inspectors will visit {notice.Where} on {notice.Date:yyyy-MM-dd} (Prakas 250).", notice.At, $"inspection-notice:{notice.InspectionId}:{notice.Date:yyyyMMdd}", cancellationToken);
}
