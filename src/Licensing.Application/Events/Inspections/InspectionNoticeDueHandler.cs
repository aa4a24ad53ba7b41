using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The agency gets its notice of an announced visit (Prakas 250), once per date.</summary>
public sealed class InspectionNoticeDueHandler(ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<InspectionNoticeDue>
{
    public override async Task HandleAsync(InspectionNoticeDue notice, CancellationToken cancellationToken)
    {
        var site = await names.SiteAsync(notice.Site, cancellationToken);
        await notifications.ToAgencyOnceAsync(notice.AgencyId, new NoticeText(
            Catalogue.Both(Keys.InspectionNoticeTitle, notice.Date), Catalogue.Both(Keys.InspectionNoticeBody, site, notice.Date)),
            notice.At, $"inspection-notice:{notice.InspectionId}:{notice.Date:yyyyMMdd}", cancellationToken);
    }
}
