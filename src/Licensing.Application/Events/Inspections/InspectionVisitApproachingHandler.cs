using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The team is reminded of its visit, once per date and threshold.</summary>
public sealed class InspectionVisitApproachingHandler(IUserDirectory directory, ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<InspectionVisitApproaching>
{
    public override async Task HandleAsync(InspectionVisitApproaching visit, CancellationToken cancellationToken)
    {
        var key = $"inspection-inspector:{visit.InspectionId}:{visit.Date:yyyyMMdd}:{visit.Threshold}";
        var site = await names.SiteAsync(visit.Site, cancellationToken);
        var notice = new NoticeText(Catalogue.Both(Keys.InspectionVisitTitle, visit.Date), Catalogue.Both(Keys.InspectionVisitBody, site, visit.DaysLeft));
        var team = await directory.FindAsync(visit.Team.Select(m => m.Id).ToList(), cancellationToken);
        notifications.Once(team.SelectMany(member => OutboxNotices.ToUser(member, notice, visit.At, $"{key}:{member.Id}")).ToList());
    }
}
