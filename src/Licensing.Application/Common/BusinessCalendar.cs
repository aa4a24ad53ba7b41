using Licensing.Application.Abstractions;
using Licensing.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

/// <summary>
/// The one owner of "today" (R35): the Phnom Penh date of the clock's instant. Every handler, job, page and export
/// that needs a business date asks this service, never the UTC date. It also holds the working-day calendar, read
/// from the public holidays once and kept until an administrator changes them (or, for other instances of the
/// application, until <see cref="HolidaysKeptFor"/> has passed).
/// </summary>
public sealed class BusinessCalendar(TimeProvider clock)
{
    public static readonly TimeSpan HolidaysKeptFor = TimeSpan.FromMinutes(10);

    private sealed record Kept(WorkingDays Days, DateTimeOffset ReadAt, int Version);

    private volatile Kept? _workingDays;
    private int _version;

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => PhnomPenh.DateOf(clock.GetUtcNow());

    public DateOnly DateOf(DateTimeOffset instant) => PhnomPenh.DateOf(instant);

    /// <summary>Weekdays that are not public holidays.</summary>
    public async Task<WorkingDays> WorkingDaysAsync(ILicensingDb db, CancellationToken cancellationToken)
    {
        var version = Volatile.Read(ref _version);
        if (_workingDays is { } kept && kept.Version == version && Now - kept.ReadAt < HolidaysKeptFor) return kept.Days;
        var readAt = Now;
        var days = new WorkingDays(await db.PublicHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken));
        _workingDays = new Kept(days, readAt, version);
        return days;
    }

    /// <summary>
    /// The instant <paramref name="days"/> working days after <paramref name="instant"/>, at the same time of day, counted
    /// from its Phnom Penh date.
    /// </summary>
    public async Task<DateTimeOffset> AddWorkingDaysAsync(ILicensingDb db, DateTimeOffset instant, int days, CancellationToken cancellationToken) =>
        (await WorkingDaysAsync(db, cancellationToken)).Add(instant, days);

    /// <summary>Called when the public holidays change: the next working-day count reads them again.</summary>
    public void HolidaysChanged() => Interlocked.Increment(ref _version);
}
