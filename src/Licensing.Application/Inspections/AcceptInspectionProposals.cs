using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>The chief inspector schedules every planned visit of a plan that has a proposed team and a date the notice still allows.</summary>
public static class AcceptInspectionProposals
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        /// <summary>Returns how many visits were scheduled.</summary>
        public async Task<int> HandleAsync(Guid planId, CancellationToken cancellationToken)
        {
            var (today, notice) = (calendar.Today, (await rules.GetAsync(db, cancellationToken)).InspectionNoticeDays);
            var earliest = today.AddDays(notice);
            var planned = await db.Inspections.Include(i => i.Team).Include(i => i.Events)
                .Where(i => i.PlanId == planId && i.Status == InspectionStatus.Planned && i.PlannedFor >= earliest && i.Team.Any())
                .ToListAsync(cancellationToken);
            var actor = user.AsActor(clock);
            foreach (var inspection in planned)
            {
                inspection.Schedule(inspection.PlannedFor, inspection.Team.Select(m => new Inspector(m.InspectorId, m.Name)).ToList(), today, notice, null, actor);
            }
            await db.SaveChangesAsync(cancellationToken);
            return planned.Count;
        }
    }
}
