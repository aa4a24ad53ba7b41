using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// What complaint statistics are made of, read from the running totals kept by month (ADR-018) or counted
/// afresh from complaints, and added together: a period is its whole months' totals plus the days around them.
/// </summary>
public sealed record ComplaintTally(IReadOnlyList<ComplaintTally.Group> Groups, IReadOnlyList<ComplaintTally.AgencyCount> Agencies, IReadOnlyList<ComplaintTally.DecisionTime> DecisionTimes)
{
    /// <summary>Complaints of one category, province and outcome ("" while undecided), how many are decided and their days to decide summed.</summary>
    public sealed record Group(ComplaintCategory Category, string ProvinceCode, string Outcome, int Complaints, int Decided, double DaysToDecide);

    public sealed record AgencyCount(Guid AgencyId, int Complaints);

    /// <summary>Decided complaints by the time taken to decide, in tenths of a day rounded.</summary>
    public sealed record DecisionTime(int TenthsOfDays, int Complaints);

    public static readonly ComplaintTally None = new([], [], []);

    public ComplaintTally Plus(ComplaintTally other) => new([.. Groups, .. other.Groups], [.. Agencies, .. other.Agencies], [.. DecisionTimes, .. other.DecisionTimes]);

    /// <summary>The upper of the two middle times when their number is even, in days to a tenth; null when none is decided.</summary>
    public double? MedianDaysToDecide()
    {
        var middle = DecisionTimes.Sum(t => t.Complaints) / 2;
        var passed = 0;
        foreach (var time in DecisionTimes.GroupBy(t => t.TenthsOfDays).Select(g => (Tenths: g.Key, Complaints: g.Sum(t => t.Complaints))).OrderBy(t => t.Tenths))
        {
            passed += time.Complaints;
            if (passed > middle) return time.Tenths / 10.0;
        }
        return null;
    }

    /// <summary>The totals of the given months, of one province or of all when <paramref name="province"/> is null.</summary>
    public static async Task<ComplaintTally> FromTotalsAsync(ILicensingDb db, MonthRange months, string? province, CancellationToken cancellationToken)
    {
        var groups = await Within(db.ReceivedComplaintCounts, months, province)
            .GroupBy(t => new { t.Category, t.ProvinceCode, t.Outcome })
            .Select(g => new Group(g.Key.Category, g.Key.ProvinceCode, g.Key.Outcome, g.Sum(t => t.Complaints), g.Sum(t => t.Decided), g.Sum(t => t.DaysToDecide)))
            .ToListAsync(cancellationToken);
        var agencies = await Within(db.AgencyReceivedComplaintCounts, months, province)
            .GroupBy(t => t.AgencyId).Select(g => new AgencyCount(g.Key, g.Sum(t => t.Complaints))).ToListAsync(cancellationToken);
        var times = await Within(db.ComplaintDecisionTimes, months, province)
            .GroupBy(t => t.TenthsOfDays).Select(g => new DecisionTime(g.Key, g.Sum(t => t.Complaints))).ToListAsync(cancellationToken);
        return new ComplaintTally(groups, agencies, times);
    }

    public static async Task<ComplaintTally> CountAsync(IQueryable<Complaint> complaints, CancellationToken cancellationToken)
    {
        var groups = await complaints.GroupBy(c => new { c.Account.Category, c.Complainant.ProvinceCode, c.Outcome })
            .Select(g => new
            {
                g.Key.Category, g.Key.ProvinceCode, g.Key.Outcome, Complaints = g.Count(), Decided = g.Count(c => c.DecidedAt != null),
                DaysToDecide = g.Sum(c => c.DecidedAt == null ? 0 : (UnixTime.Seconds(c.DecidedAt.Value) - UnixTime.Seconds(c.ReceivedAt)) / 86400),
            })
            .ToListAsync(cancellationToken);
        var agencies = await complaints.Where(c => c.AgencyId != null).GroupBy(c => c.AgencyId!.Value)
            .Select(g => new AgencyCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var times = await complaints.Where(c => c.DecidedAt != null)
            .GroupBy(c => (int)Math.Round((UnixTime.Seconds(c.DecidedAt!.Value) - UnixTime.Seconds(c.ReceivedAt)) / 8640))
            .Select(g => new DecisionTime(g.Key, g.Count())).ToListAsync(cancellationToken);
        return new ComplaintTally(
            groups.Select(g => new Group(g.Category, g.ProvinceCode, g.Outcome?.ToString() ?? "", g.Complaints, g.Decided, g.DaysToDecide)).ToList(), agencies, times);
    }

    private static IQueryable<T> Within<T>(IQueryable<T> totals, MonthRange months, string? province) where T : class, IReceivedComplaintTotal
    {
        var (from, before) = (months.From, months.Before);
        return totals.AsNoTracking()
            .Where(t => (from == null || t.Month.CompareTo(from) >= 0) && (before == null || t.Month.CompareTo(before) < 0) && (province == null || t.ProvinceCode == province));
    }
}
