using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Calendar;
using Licensing.Domain.Disappearances;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// How fast each recipient body acknowledges, by (Phnom Penh) month of notification, in a Phnom Penh year (R35): median and 95th
/// percentile in minutes (nearest rank), with how many alerts were never acknowledged or escalated.
/// A body's acknowledgement of its own report is left out: it took no time.
/// </summary>
public static class DisappearanceStatistics
{
    public sealed record Query(int? Year);

    public sealed record Row(string BodyKey, string Month, int Notified, int Acknowledged, int Escalated, double? MedianMinutes, double? P95Minutes);

    public sealed record Summary(int Cases, int Open, int Late, IReadOnlyDictionary<string, int> ByResolution, IReadOnlyList<Row> TimeToAcknowledge);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Summary> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var cases = db.VisibleCases(user);
            if (query.Year is { } year)
            {
                var from = PhnomPenh.StartOf(new DateOnly(year, 1, 1));
                var to = PhnomPenh.StartOf(new DateOnly(year + 1, 1, 1));
                cases = cases.Where(c => c.ReportedAt >= from && c.ReportedAt < to);
            }
            var facts = await cases.GroupBy(c => new { c.Status, c.IsLate, c.Resolution })
                .Select(g => new { g.Key.Status, g.Key.IsLate, g.Key.Resolution, Count = g.Count() }).ToListAsync(cancellationToken);
            var recipients = await cases.SelectMany(c => c.Recipients)
                .Select(r => new { r.BodyKey, r.NotifiedAt, r.AcknowledgedAt, r.EscalatedAt }).ToListAsync(cancellationToken);

            var rows = recipients
                .GroupBy(r => (r.BodyKey, Month: CalendarMonth.Of(r.NotifiedAt)))
                .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.BodyKey.Key)
                .Select(g =>
                {
                    var minutes = g.Where(r => r.AcknowledgedAt > r.NotifiedAt).Select(r => (r.AcknowledgedAt!.Value - r.NotifiedAt).TotalMinutes).Order().ToList();
                    return new Row(g.Key.BodyKey.Key, g.Key.Month, g.Count(), g.Count(r => r.AcknowledgedAt != null), g.Count(r => r.EscalatedAt != null),
                        Percentile(minutes, 50), Percentile(minutes, 95));
                }).ToList();
            return new Summary(facts.Sum(f => f.Count), facts.Where(f => f.Status == CaseStatus.Open).Sum(f => f.Count), facts.Where(f => f.IsLate).Sum(f => f.Count),
                facts.Where(f => f.Resolution != null).GroupBy(f => f.Resolution!.Value.ToString()).ToDictionary(g => g.Key, g => g.Sum(f => f.Count)), rows);
        }
    }

    /// <summary>The nearest-rank percentile of sorted values; null for none.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, int percent)
    {
        if (sorted.Count == 0) return null;
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank, 1, sorted.Count) - 1], 1);
    }
}
