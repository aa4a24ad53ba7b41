using Licensing.Application.Abstractions;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>A year's inspections by province (due, done, overdue, findings) and findings by checklist item and severity.</summary>
public static class InspectionStatistics
{
    public sealed record ProvinceRow(string ProvinceCode, int Inspections, int Done, int Overdue, int Findings);

    public sealed record ItemRow(string ItemCode, int NonCompliant, int Minor, int Major, int Critical);

    public sealed record Result(int Year, IReadOnlyList<ProvinceRow> ByProvince, IReadOnlyList<ItemRow> ByItem);

    public sealed class Handler(ILicensingDb db, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(int year, CancellationToken cancellationToken)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var inYear = db.Inspections.AsNoTracking().Where(i => i.Status != InspectionStatus.Cancelled && (i.ScheduledOn ?? i.PlannedFor) >= from && (i.ScheduledOn ?? i.PlannedFor) <= to);

            var byProvince = await inYear.GroupBy(i => i.Site.ProvinceCode).Select(g => new ProvinceRow(
                    g.Key,
                    g.Count(),
                    g.Count(i => i.Status == InspectionStatus.Completed || i.Status == InspectionStatus.CorrectiveActionsRequired || i.Status == InspectionStatus.Closed),
                    g.Count(i => (i.Status == InspectionStatus.Planned || i.Status == InspectionStatus.Scheduled) && (i.ScheduledOn ?? i.PlannedFor) < today),
                    g.Sum(i => i.Findings.Count)))
                .ToListAsync(cancellationToken);

            var findings = await inYear.SelectMany(i => i.Findings, (i, f) => new { f.ItemCode, f.Severity }).ToListAsync(cancellationToken);
            var byItem = findings.GroupBy(f => f.ItemCode).OrderByDescending(g => g.Count()).Select(g => new ItemRow(
                g.Key, g.Count(), g.Count(f => f.Severity == FindingSeverity.Minor), g.Count(f => f.Severity == FindingSeverity.Major), g.Count(f => f.Severity == FindingSeverity.Critical)))
                .ToList();
            return new Result(year, byProvince.OrderBy(p => p.ProvinceCode).ToList(), byItem);
        }
    }
}
