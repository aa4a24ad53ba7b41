using System.Globalization;
using Licensing.Domain.Calendar;

namespace Licensing.Application.Common;

/// <summary>
/// The calendar month of a day, or of an instant in Phnom Penh (R35), as yyyy-MM. Inside a query the database computes
/// it (see the mapping in the DbContext), so statistics can group and filter by month without loading rows; the
/// running totals' triggers compute the same month.
/// </summary>
public static class CalendarMonth
{
    public static string Of(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset instant) => Of(PhnomPenh.DateOf(instant));
}
