using Licensing.Application.Abstractions;
using Licensing.Application.Events;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Licences;

/// <summary>
/// The daily sweep: a licence past its expiry date expires, unless a renewal of it is under
/// review, in which case it stays active with "renewal pending" until the decision; a
/// suspension whose end date has come ends. Each licence swept is held, so it is its agency's one licence (R31).
/// </summary>
public static class ExpireLicences
{
    private static readonly ApplicationStatus[] UnderReview =
        [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.InformationRequested];

    public sealed class Handler(ILicensingDb db, IUserDirectory directory, TimeProvider clock, BusinessCalendar calendar, SweepOptions sweep)
    {
        /// <summary>Returns how many licences expired.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var agencies = AgencyContacts.CacheFor(db, directory);
            await EndSuspensionsAsync(today, agencies, cancellationToken);
            return await db.SweepInPagesAsync(sweep,
                after => db.Licences.Held()
                    .Where(l => l.ExpiresOn < today && !l.RenewalPending && l.Id.CompareTo(after) > 0)
                    .OrderBy(l => l.Id),
                l => l.Id,
                async licences =>
                {
                    var ids = licences.Select(l => l.Id).ToList();
                    var renewing = (await db.LicenceApplications
                        .Where(a => a.LicenceId != null && ids.Contains(a.LicenceId.Value) && a.Kind == ApplicationKind.Renewal && UnderReview.Contains(a.Status))
                        .Select(a => a.LicenceId!.Value).ToListAsync(cancellationToken)).ToHashSet();
                    var expired = 0;
                    foreach (var licence in licences)
                    {
                        if (!licence.ExpireIfDue(today, renewing.Contains(licence.Id), Actor.System(clock.GetUtcNow()))) continue;
                        expired++;
                        db.OutboxMessages.AddRange(OutboxNotices.ToAgency(await agencies.GetAsync(licence.AgencyId, cancellationToken),
                            $"Licence {licence.Number} has expired / អាជ្ញាប័ណ្ណ {licence.Number} បានផុតសុពលភាព",
                            $"Licence {licence.Number} expired on {licence.ExpiresOn:yyyy-MM-dd}. The agency may not recruit or send workers until it holds a valid licence.",
                            clock.GetUtcNow(), $"licence-expired:{licence.Id}:{licence.ExpiresOn:yyyyMMdd}"));
                    }
                    return expired;
                }, cancellationToken);
        }

        private Task<int> EndSuspensionsAsync(DateOnly today, LookupCache<Guid, AgencyContacts> agencies, CancellationToken cancellationToken) =>
            db.SweepInPagesAsync(sweep,
                after => db.Licences.Where(l => l.Status == LicenceStatus.Suspended && l.SuspendedUntil <= today && l.Id.CompareTo(after) > 0).OrderBy(l => l.Id),
                l => l.Id,
                async licences =>
                {
                    var ended = licences.Where(l => l.EndSuspensionIfDue(today, Actor.System(clock.GetUtcNow()))).ToList();
                    foreach (var licence in ended)
                    {
                        db.OutboxMessages.AddRange(OutboxNotices.ToAgency(await agencies.GetAsync(licence.AgencyId, cancellationToken),
                            $"Suspension of licence {licence.Number} ended / ការផ្អាកអាជ្ញាប័ណ្ណ {licence.Number} បានបញ្ចប់",
                            $"Licence {licence.Number} is active again.", clock.GetUtcNow(), $"suspension-ended:{licence.Id}:{today:yyyyMMdd}"));
                    }
                    return ended.Count;
                }, cancellationToken);
    }
}
