using System.Globalization;

namespace Licensing.Web;

/// <summary>How instants are shown: in Cambodia's time zone, in the reader's language.</summary>
public static class Display
{
    private static readonly TimeZoneInfo PhnomPenh = TimeZoneInfo.FindSystemTimeZoneById("Asia/Phnom_Penh");

    public static string LocalTime(DateTimeOffset? instant) => instant is { } value
        ? TimeZoneInfo.ConvertTime(value, PhnomPenh).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        : "—";
}

/// <summary>The state of a paged list for the _Pager partial.</summary>
public sealed record PagerModel(int PageNumber, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
