using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>A plan's coverage: sites due, scheduled, done and overdue, overall and by province, and the overdue visits.</summary>
public static class GetInspectionPlan
{
    public sealed record Coverage(string ProvinceCode, int Due, int Scheduled, int Done, int Overdue);

    public sealed record OverdueVisit(Guid Id, Guid AgencyId, SiteKind SiteKind, string Address, DateOnly Date, InspectionStatus Status);

    public sealed record Detail(Guid Id, int Year, Coverage Total, IReadOnlyList<Coverage> ByProvince, IReadOnlyList<OverdueVisit> Overdue);

    public sealed record Summary(Guid Id, int Year, DateTimeOffset CreatedAt);

    private sealed record Visit(Guid Id, Guid AgencyId, SiteKind Kind, string Address, string ProvinceCode, InspectionStatus Status, DateOnly Date, bool Done, bool Overdue);

    private static Coverage Count(string province, IReadOnlyCollection<Visit> visits) =>
        new(province, visits.Count, visits.Count(v => v.Status == InspectionStatus.Scheduled), visits.Count(v => v.Done), visits.Count(v => v.Overdue));

    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar)
    {
        public async Task<IReadOnlyList<Summary>> ListAsync(CancellationToken cancellationToken) =>
            await db.InspectionPlans.AsNoTracking().OrderByDescending(p => p.Year).Select(p => new Summary(p.Id, p.Year, p.CreatedAt)).ToListAsync(cancellationToken);

        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var plan = await db.InspectionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw DomainException.NotFound();
            var today = calendar.Today;
            var rows = await db.Inspections.AsNoTracking()
                .Where(i => i.PlanId == id && i.Status != InspectionStatus.Cancelled)
                .Select(i => new { i.Id, i.AgencyId, i.Site.Kind, i.Site.Address, i.Site.ProvinceCode, i.Status, Date = i.ScheduledOn ?? i.PlannedFor })
                .ToListAsync(cancellationToken);

            var visits = rows.Select(r =>
            {
                var done = Inspection.IsDoneStatus(r.Status);
                return new Visit(r.Id, r.AgencyId, r.Kind, r.Address, r.ProvinceCode, r.Status, r.Date, done,
                    Overdue: !done && r.Status != InspectionStatus.InProgress && r.Date < today);
            }).ToList();
            return new Detail(plan.Id, plan.Year, Count("", visits),
                visits.GroupBy(v => v.ProvinceCode).OrderBy(g => g.Key).Select(g => Count(g.Key, g.ToList())).ToList(),
                visits.Where(v => v.Overdue).OrderBy(v => v.Date).Select(v => new OverdueVisit(v.Id, v.AgencyId, v.Kind, v.Address, v.Date, v.Status)).ToList());
        }
    }
}
