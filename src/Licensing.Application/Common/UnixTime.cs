namespace Licensing.Application.Common;

/// <summary>
/// Seconds since 1970-01-01 UTC, to the millisecond. Inside a query the database computes it (see the
/// mapping in the DbContext), so durations can be averaged and ordered there on either provider.
/// </summary>
public static class UnixTime
{
    public static double Seconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds() / 1000.0;
}
