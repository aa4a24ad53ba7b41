using System.Globalization;

namespace Licensing.Application.Common;

/// <summary>
/// The calendar month of a day or an instant (UTC) as yyyy-MM. Inside a query the database computes it
/// (see the mapping in the DbContext), so statistics can group and filter by month without loading rows.
/// </summary>
public static class CalendarMonth
{
    public static string Of(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
