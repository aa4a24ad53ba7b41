using Licensing.Domain.Calendar;

namespace Licensing.Application.Common;

/// <summary>
/// The one owner of "today" (R35): the Phnom Penh date of the clock's instant. Every handler, job, page and export
/// that needs a business date asks this service, never the UTC date.
/// </summary>
public sealed class BusinessCalendar(TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => PhnomPenh.DateOf(clock.GetUtcNow());

    public DateOnly DateOf(DateTimeOffset instant) => PhnomPenh.DateOf(instant);
}
