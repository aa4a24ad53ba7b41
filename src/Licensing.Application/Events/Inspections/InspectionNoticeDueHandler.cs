using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The agency gets its notice of an announced visit (Prakas 250), once per date.</summary>
public sealed class InspectionNoticeDueHandler(ILicensingDb db, IUserDirectory directory, NotificationWriter notifications) : DomainEventHandler<InspectionNoticeDue>
{
    private readonly LookupCache<Guid, AgencyContacts> _agencies = AgencyContacts.CacheFor(db, directory);

    public override async Task HandleAsync(InspectionNoticeDue notice, CancellationToken cancellationToken) =>
        notifications.Once(OutboxNotices.ToAgency(await _agencies.GetAsync(notice.AgencyId, cancellationToken),
            $"Notice of inspection on {notice.Date:yyyy-MM-dd} / ការជូនដំណឹងអំពីអធិការកិច្ច",
            $"MLVT inspectors will visit {notice.Where} on {notice.Date:yyyy-MM-dd} (Prakas 250).", notice.At, $"inspection-notice:{notice.InspectionId}:{notice.Date:yyyyMMdd}"));
}
