namespace Licensing.Application.Common;

/// <summary>Calendar months from <see cref="From"/> up to but not including <see cref="Before"/> (yyyy-MM); null is unbounded.</summary>
public sealed record MonthRange(string? From, string? Before);

/// <summary>Days from <see cref="From"/> up to but not including <see cref="Until"/>.</summary>
public sealed record DayRange(DateOnly From, DateOnly Until);

/// <summary>
/// A period of days split for running totals kept by calendar month (Phnom Penh): the whole months it covers, which the
/// totals answer, and the days before and after them (at most two ranges), which are counted afresh. Either end of the period may be open.
/// </summary>
public sealed record PeriodSplit(MonthRange? Months, IReadOnlyList<DayRange> Days)
{
    /// <param name="from">The first day, or null from the beginning.</param>
    /// <param name="until">The day after the last, or null to the end.</param>
    public static PeriodSplit Of(DateOnly? from, DateOnly? until)
    {
        var firstWhole = from is { } f ? (f.Day == 1 ? f : StartOfMonth(f).AddMonths(1)) : (DateOnly?)null;
        var endWhole = until is { } u ? StartOfMonth(u) : (DateOnly?)null;
        if (firstWhole is { } first && endWhole is { } end && first >= end) return new PeriodSplit(null, [new DayRange(from!.Value, until!.Value)]);

        var days = new List<DayRange>();
        if (from is { } start && firstWhole is { } monthsStart && start < monthsStart) days.Add(new DayRange(start, monthsStart));
        if (until is { } stop && endWhole is { } monthsEnd && monthsEnd < stop) days.Add(new DayRange(monthsEnd, stop));
        return new PeriodSplit(new MonthRange(firstWhole is { } a ? CalendarMonth.Of(a) : null, endWhole is { } b ? CalendarMonth.Of(b) : null), days);
    }

    private static DateOnly StartOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
