using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Sanctions;

/// <summary>
/// The daily job: suspensions and revocations decided for a later date change the agency's licence on their effective
/// date (<see cref="SanctionEffects"/>).
/// </summary>
public static class ApplySanctions
{
    public sealed class Handler(ILicensingDb db, SanctionEffects effects, BusinessCalendar calendar, SweepOptions sweep)
    {
        /// <summary>Returns how many sanctions took effect.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            return await db.SweepInPagesAsync(sweep,
                after => db.Sanctions.Where(s => s.Status == SanctionStatus.Decided && s.EffectiveFrom <= today && s.Id.CompareTo(after) > 0).OrderBy(s => s.Id),
                s => s.Id,
                async due =>
                {
                    foreach (var sanction in due) await effects.ApplyAsync(sanction, today, cancellationToken);
                    return due.Count;
                }, cancellationToken);
        }
    }
}
