using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// The daily job: every plan of this year or later takes the sites that have fallen due since it was made (a site
/// registered after, an agency licensed since, a site whose last inspection has aged past the frequency; R8, R9).
/// </summary>
public static class AddDueSitesToPlans
{
    public sealed class Handler(ILicensingDb db, InspectionPlanSites sites, TimeProvider clock, BusinessCalendar calendar)
    {
        /// <summary>Returns how many visits it added.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var plans = await db.InspectionPlans.Where(p => p.Year >= calendar.Today.Year).OrderBy(p => p.Year).ToListAsync(cancellationToken);
            var added = 0;
            foreach (var plan in plans)
            {
                added += await sites.AddDueSitesAsync(plan, Actor.System(clock.GetUtcNow()), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            return added;
        }
    }
}
