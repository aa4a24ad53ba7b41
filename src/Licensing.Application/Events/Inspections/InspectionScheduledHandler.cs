using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>Each inspector of the team is told the date and the site of the visit.</summary>
public sealed class InspectionScheduledHandler(ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<InspectionScheduled>
{
    public override async Task HandleAsync(InspectionScheduled scheduled, CancellationToken cancellationToken)
    {
        var (site, date) = (await names.SiteAsync(scheduled.Inspection.Site, cancellationToken), scheduled.Inspection.ScheduledOn);
        await notifications.ToUsersAsync(scheduled.Team.Select(m => m.Id).ToList(), new NoticeText(
            Catalogue.Both(Keys.InspectionScheduledTitle, date), Catalogue.Both(Keys.InspectionScheduledBody, site)),
            scheduled.At, cancellationToken);
    }
}
