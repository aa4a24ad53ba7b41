using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>A year's inspections by province (due, done, overdue, findings) and findings by checklist item and severity, each named in both languages.</summary>
public static class InspectionStatistics
{
    public sealed record ProvinceRow(string ProvinceCode, LocalizedText Province, int Inspections, int Done, int Overdue, int Findings);

    public sealed record ItemRow(string ItemCode, LocalizedText Item, int NonCompliant, int Minor, int Major, int Critical);

    public sealed record Result(int Year, IReadOnlyList<ProvinceRow> ByProvince, IReadOnlyList<ItemRow> ByItem);

    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar, ProvinceNames provinceNames)
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

            var provinceName = await provinceNames.GetAsync(db, cancellationToken);
            var itemName = await ItemNamesAsync(findings.Select(f => f.ItemCode).Distinct().ToList(), cancellationToken);
            var provinces = byProvince.OrderBy(p => p.ProvinceCode).Select(p => new ProvinceRow(
                p.ProvinceCode, ReferenceNames.Named(provinceName, p.ProvinceCode), p.Inspections, p.Done, p.Overdue, findings.Where(f => f.ProvinceCode == p.ProvinceCode).Sum(f => f.Count))).ToList();
            var items = findings.GroupBy(f => f.ItemCode).Select(g => new ItemRow(
                    g.Key, ReferenceNames.Named(itemName, g.Key), g.Sum(f => f.Count),
                    g.Where(f => f.Severity == FindingSeverity.Minor).Sum(f => f.Count),
                    g.Where(f => f.Severity == FindingSeverity.Major).Sum(f => f.Count),
                    g.Where(f => f.Severity == FindingSeverity.Critical).Sum(f => f.Count)))
                .OrderByDescending(i => i.NonCompliant).ThenBy(i => i.ItemCode, StringComparer.Ordinal).ToList();
            return new Result(year, provinces, items);
        }

        /// <summary>Each item's wording in the newest checklist that has it.</summary>
        private async Task<IReadOnlyDictionary<string, LocalizedText>> ItemNamesAsync(List<string> codes, CancellationToken cancellationToken) =>
            (await db.ChecklistItems.AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(cancellationToken))
                .GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.MaxBy(i => i.TemplateVersion)!.Text);
    }
}
