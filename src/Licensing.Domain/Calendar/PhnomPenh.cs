namespace Licensing.Domain.Calendar;

/// <summary>
/// Cambodia's time zone (UTC+7 all year, no daylight saving). Instants are stored in UTC; every business date
/// (today, issue and expiry dates, deadlines, monthly statistics) is the Phnom Penh date of an instant.
/// </summary>
public static class PhnomPenh
{
    public const string ZoneId = "Asia/Phnom_Penh";

    /// <summary>Cambodia has kept UTC+7 without daylight saving since 1970.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The system's zone, or where the host has no time zone data, the same fixed offset under the same name.</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.TryFindSystemTimeZoneById(ZoneId, out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone(ZoneId, Offset, "Phnom Penh", "Indochina Time");

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateTimeOffset LocalTime(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The instant a Phnom Penh day begins (00:00 local), as UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
