using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>A year's inspections by province (due, done, overdue, findings) and findings by checklist item and severity.</summary>
public static class InspectionStatistics
{
    public sealed record ProvinceRow(string ProvinceCode, int Inspections, int Done, int Overdue, int Findings);

    public sealed record ItemRow(string ItemCode, int NonCompliant, int Minor, int Major, int Critical);

    public sealed record Result(int Year, IReadOnlyList<ProvinceRow> ByProvince, IReadOnlyList<ItemRow> ByItem);

    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar)
    {
        public async Task<Result> HandleAsync(int year, CancellationToken cancellationToken)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            var today = calendar.Today;
            var inYear = db.Inspections.AsNoTracking().Where(i => i.Status != InspectionStatus.Cancelled
                && EF.Property<DateOnly>(i, InspectionAccess.DateColumn) >= from && EF.Property<DateOnly>(i, InspectionAccess.DateColumn) <= to);

            var byProvince = await inYear.GroupBy(i => i.Site.ProvinceCode).Select(g => new
                {
                    ProvinceCode = g.Key,
                    Inspections = g.Count(),
                    Done = g.Count(i => Inspection.DoneStatuses.Contains(i.Status)),
                    Overdue = g.Count(i => Inspection.UpcomingStatuses.Contains(i.Status) && EF.Property<DateOnly>(i, InspectionAccess.DateColumn) < today),
                })
                .ToListAsync(cancellationToken);
            // At most 12 items x 25 provinces x 3 severities rows: one pass over the findings gives both breakdowns.
            var findings = await inYear.SelectMany(i => i.Findings, (i, f) => new { i.Site.ProvinceCode, f.ItemCode, f.Severity })
                .GroupBy(f => new { f.ProvinceCode, f.ItemCode, f.Severity })
                .Select(g => new { g.Key.ProvinceCode, g.Key.ItemCode, g.Key.Severity, Count = g.Count() })
                .ToListAsync(cancellationToken);

            var provinces = byProvince.OrderBy(p => p.ProvinceCode).Select(p => new ProvinceRow(
                p.ProvinceCode, p.Inspections, p.Done, p.Overdue, findings.Where(f => f.ProvinceCode == p.ProvinceCode).Sum(f => f.Count))).ToList();
            var items = findings.GroupBy(f => f.ItemCode).Select(g => new ItemRow(
                    g.Key, g.Sum(f => f.Count),
                    g.Where(f => f.Severity == FindingSeverity.Minor).Sum(f => f.Count),
                    g.Where(f => f.Severity == FindingSeverity.Major).Sum(f => f.Count),
                    g.Where(f => f.Severity == FindingSeverity.Critical).Sum(f => f.Count)))
                .OrderByDescending(i => i.NonCompliant).ThenBy(i => i.ItemCode, StringComparer.Ordinal).ToList();
            return new Result(year, provinces, items);
        }
    }
}
