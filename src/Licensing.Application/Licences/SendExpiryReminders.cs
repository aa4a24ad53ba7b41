using System.Globalization;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Licences;
using Licensing.Domain.Settings;
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
    private const int BatchSize = 200;

    public sealed class Handler(ILicensingDb db, IUserDirectory directory, TimeProvider clock)
    {
        /// <summary>Returns how many reminders were queued.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var thresholds = (await db.GetSettingAsync(SettingCatalog.LicenceExpiryReminderDays, cancellationToken))
                .Split(',').Select(d => int.Parse(d.Trim(), CultureInfo.InvariantCulture)).Order().ToList();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var horizon = today.AddDays(thresholds[^1]);
            var sent = 0;
            var after = Guid.Empty;
            while (true)
            {
                var batch = await db.Licences.AsNoTracking()
                    .Where(l => l.Status == LicenceStatus.Active && l.ExpiresOn >= today && l.ExpiresOn <= horizon && l.Id.CompareTo(after) > 0)
                    .OrderBy(l => l.Id)
                    .Take(BatchSize)
                    .Select(l => new { l.Id, l.Number, l.AgencyId, l.ExpiresOn })
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0) return sent;

                foreach (var licence in batch)
                {
                    var daysLeft = licence.ExpiresOn.DayNumber - today.DayNumber;
                    var threshold = thresholds.First(t => daysLeft <= t);
                    var key = $"licence-expiry:{licence.Id}:{licence.ExpiresOn:yyyyMMdd}:{threshold}";
                    if (await db.AlreadyNotifiedAsync(key, cancellationToken)) continue;

                    await db.NotifyAgencyAsync(directory, licence.AgencyId,
                        $"Licence {licence.Number} expires in {daysLeft} days / អាជ្ញាប័ណ្ណ {licence.Number} នឹងផុតសុពលភាពក្នុងរយៈពេល {daysLeft} ថ្ងៃ",
                        $"Licence {licence.Number} expires on {licence.ExpiresOn:yyyy-MM-dd}. Apply for renewal before then to keep recruiting and sending workers.",
                        clock.GetUtcNow(), cancellationToken, deduplicationKey: key);
                    sent++;
                }
                await db.SaveChangesAsync(cancellationToken);
                after = batch[^1].Id;
                db.ForgetTracked();
            }
        }
    }
}
