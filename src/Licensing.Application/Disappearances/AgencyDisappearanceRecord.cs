using Licensing.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// An agency's disappearance reports since a date, for inspectors and evaluators: how many, how
/// many still open, how many filed late, and the median hours from learning of it to reporting.
/// </summary>
public static class AgencyDisappearanceRecord
{
    public sealed record Record(int Cases, int Open, int Late, double? MedianHoursToReport);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Record> HandleAsync(Guid agencyId, DateTimeOffset since, CancellationToken cancellationToken)
        {
            var cases = await db.VisibleCases(user).Where(c => c.AgencyId == agencyId && c.ReportedAt >= since)
                .Select(c => new { c.Status, c.IsLate, c.ReportedAt, c.Facts.AgencyLearnedAt }).ToListAsync(cancellationToken);
            var hours = cases.Where(c => c.AgencyLearnedAt != null).Select(c => (c.ReportedAt - c.AgencyLearnedAt!.Value).TotalHours).Order().ToList();
            return new Record(cases.Count, cases.Count(c => c.Status == Domain.Disappearances.CaseStatus.Open), cases.Count(c => c.IsLate),
                DisappearanceStatistics.Percentile(hours, 50));
        }
    }
}
