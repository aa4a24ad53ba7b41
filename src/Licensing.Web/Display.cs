using System.Globalization;
using Licensing.Domain.Calendar;

namespace Licensing.Web;

/// <summary>How instants are shown: in Cambodia's time zone, in the reader's language.</summary>
public static class Display
{
    public static string LocalTime(DateTimeOffset? instant) => instant is { } value
        ? PhnomPenh.LocalTime(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        : "—";

    /// <summary>The value of a datetime-local input: Phnom Penh time without an offset.</summary>
    public static string LocalInput(DateTimeOffset? instant) => instant is { } value
        ? PhnomPenh.LocalTime(value).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)
        : "";

    /// <summary>Whole minutes (one decimal below ten) from one instant to a later one.</summary>
    public static string Minutes(DateTimeOffset from, DateTimeOffset to)
    {
        var minutes = (to - from).TotalMinutes;
        return minutes.ToString(minutes < 10 ? "0.#" : "0", CultureInfo.InvariantCulture);
    }
}

/// <summary>The state of a paged list for the _Pager partial; with <paramref name="TotalIsLowerBound"/>, the list goes on past <paramref name="Total"/>.</summary>
public sealed record PagerModel(int PageNumber, int PageSize, int Total, bool TotalIsLowerBound = false)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
