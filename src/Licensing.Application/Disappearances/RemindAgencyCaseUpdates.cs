using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Disappearances;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// Scheduled hourly: an agency that has posted nothing on an open case for the allowed hours is
/// reminded, once per silence (the reminder's key carries the time of its last update).
/// </summary>
public static class RemindAgencyCaseUpdates
{
    public sealed class Handler(ILicensingDb db, DomainEvents events, TimeProvider clock, SweepOptions sweep, RuleSettingsCache rules)
    {
        /// <summary>Returns how many reminders were written (a rerun writes none twice).</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var hours = (await rules.GetAsync(db, cancellationToken)).DisappearanceAgencyUpdateHours;
            var now = clock.GetUtcNow();
            var silentSince = now - TimeSpan.FromHours(hours);
            return await db.RaiseInPagesAsync(events, sweep,
                after => db.DisappearanceCases.AsNoTracking()
                    .Where(c => c.Status == CaseStatus.Open && c.AgencyId != null && c.LastAgencyUpdateAt <= silentSince && c.Id.CompareTo(after) > 0)
                    .OrderBy(c => c.Id)
                    .Select(c => new { c.Id, c.Number, c.AgencyId, c.LastAgencyUpdateAt }),
                c => c.Id,
                c => events.Raise(new AgencySilentOnDisappearance(c.Id, c.Number, c.AgencyId!.Value, c.LastAgencyUpdateAt, hours, now)),
                cancellationToken);
        }
    }
}
