using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Licences;

/// <summary>
/// Reminds an agency that its licence expires in 90, 60, 30 and 7 days (setting), exactly once
/// each: the reminder is keyed by licence, expiry date and threshold in the outbox, so a job that
/// runs twice, late, or on two instances sends nothing twice. A job that missed days sends only
/// the most urgent threshold reached.
/// </summary>
public static class SendExpiryReminders
{
    public sealed class Handler(ILicensingDb db, DomainEvents events, TimeProvider clock, BusinessCalendar calendar, SweepOptions sweep, RuleSettingsCache rules)
    {
        /// <summary>Returns how many reminders were written (a rerun writes none twice).</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var thresholds = (await rules.GetAsync(db, cancellationToken)).LicenceExpiryReminderDays;
            var today = calendar.Today;
            var horizon = today.AddDays(thresholds[^1]);
            var now = clock.GetUtcNow();
            return await db.RaiseInPagesAsync(events, sweep,
                after => db.Licences.AsNoTracking()
                    .Where(l => l.Status == LicenceStatus.Active && l.ExpiresOn >= today && l.ExpiresOn <= horizon && l.Id.CompareTo(after) > 0)
                    .OrderBy(l => l.Id)
                    .Select(l => new { l.Id, l.Number, l.AgencyId, l.ExpiresOn }),
                l => l.Id,
                licence =>
                {
                    var daysLeft = licence.ExpiresOn.DayNumber - today.DayNumber;
                    events.Raise(new LicenceExpiryApproaching(licence.Id, licence.Number, licence.AgencyId, licence.ExpiresOn, daysLeft, thresholds.First(t => daysLeft <= t), now));
                }, cancellationToken);
        }
    }
}
