namespace Licensing.Domain.Calendar;

/// <summary>
/// Working days in Cambodia (R35): Monday to Friday, except the public holidays given. Working-day deadlines
/// count from a Phnom Penh date; the holidays come from the administrators' list.
/// </summary>
public sealed class WorkingDays(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>The day <paramref name="days"/> working days after <paramref name="start"/> (the start itself is not counted).</summary>
    public DateOnly Add(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) days--;
        }
        return date;
    }

    /// <summary>
    /// The instant <paramref name="days"/> working days after <paramref name="instant"/>, at the same time of day,
    /// counted from its Phnom Penh date.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset instant, int days)
    {
        var start = PhnomPenh.DateOf(instant);
        return instant.AddDays(Add(start, days).DayNumber - start.DayNumber);
    }
}
