using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Disappearances;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// Scheduled hourly: an agency that has posted nothing on an open case for the allowed hours is
/// reminded, once per silence (the key carries the time of its last update).
/// </summary>
public static class RemindAgencyCaseUpdates
{
    public sealed class Handler(ILicensingDb db, IUserDirectory directory, TimeProvider clock, SweepOptions sweep, RuleSettingsCache rules)
    {
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var hours = (await rules.GetAsync(db, cancellationToken)).DisappearanceAgencyUpdateHours;
            var now = clock.GetUtcNow();
            var silentSince = now - TimeSpan.FromHours(hours);
            var agencies = AgencyContacts.CacheFor(db, directory);
            return await db.NotifyInPagesAsync(sweep,
                after => db.DisappearanceCases.AsNoTracking()
                    .Where(c => c.Status == CaseStatus.Open && c.LastAgencyUpdateAt <= silentSince && c.Id.CompareTo(after) > 0)
                    .OrderBy(c => c.Id)
                    .Select(c => new { c.Id, c.Number, c.AgencyId, c.LastAgencyUpdateAt }),
                c => c.Id,
                async (c, notices) => notices.Add(NotificationOutbox.ToAgency(await agencies.GetAsync(c.AgencyId, cancellationToken),
                    $"Post an update on disappearance case {c.Number} / សូមផ្ដល់ព័ត៌មានថ្មីលើករណីបាត់ខ្លួន {c.Number}",
                    $"Your agency has posted nothing on case {c.Number} since {CaseOpening.Local(c.LastAgencyUpdateAt)}. While the case is open you must post an update at least every {hours} hours.\n\nCase page: /disappearances/{c.Id}",
                    now, CaseNotices.Key(c.Id, $"agency-reminder:{c.LastAgencyUpdateAt.UtcTicks}"))),
                cancellationToken);
        }
    }
}
