using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Workers;

namespace Licensing.Application.Workers;

/// <summary>The daily sweep: a departure clearance unused past its last day lapses (R32).</summary>
public static class LapseClearances
{
    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar, SweepOptions sweep)
    {
        /// <summary>Returns how many clearances lapsed.</summary>
        public Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            return db.SweepInPagesAsync(sweep,
                after => db.DepartureClearances.Where(c => c.Status == ClearanceStatus.Valid && c.ValidUntil < today && c.Id.CompareTo(after) > 0).OrderBy(c => c.Id),
                c => c.Id,
                page => Task.FromResult(page.Count(c => c.LapseIfDue(today))),
                cancellationToken);
        }
    }
}
