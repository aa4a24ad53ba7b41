using Licensing.Application.Abstractions;
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
/// suspension whose end date has come ends.
/// </summary>
public static class ExpireLicences
{
    private const int BatchSize = 200;

    private static readonly ApplicationStatus[] UnderReview =
        [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.InformationRequested];

    public sealed class Handler(ILicensingDb db, IUserDirectory directory, TimeProvider clock)
    {
        /// <summary>Returns how many licences expired.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            await EndSuspensionsAsync(today, cancellationToken);
            var expired = 0;
            var after = Guid.Empty;
            while (true)
            {
                var batch = await db.Licences
                    .Where(l => (l.Status == LicenceStatus.Active || l.Status == LicenceStatus.Suspended) && l.ExpiresOn < today && !l.RenewalPending)
                    .Where(l => l.Id.CompareTo(after) > 0)
                    .OrderBy(l => l.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0) return expired;

                foreach (var licence in batch)
                {
                    var renewalUnderReview = await db.LicenceApplications.AnyAsync(
                        a => a.LicenceId == licence.Id && a.Kind == ApplicationKind.Renewal && UnderReview.Contains(a.Status), cancellationToken);
                    if (licence.ExpireIfDue(today, renewalUnderReview, Actor.System(clock.GetUtcNow())))
                    {
                        expired++;
                        await db.NotifyAgencyAsync(directory, licence.AgencyId,
                            $"Licence {licence.Number} has expired / អាជ្ញាប័ណ្ណ {licence.Number} បានផុតសុពលភាព",
                            $"Licence {licence.Number} expired on {licence.ExpiresOn:yyyy-MM-dd}. The agency may not recruit or send workers until it holds a valid licence.",
                            clock.GetUtcNow(), cancellationToken, deduplicationKey: $"licence-expired:{licence.Id}:{licence.ExpiresOn:yyyyMMdd}");
                    }
                }
                await db.SaveChangesAsync(cancellationToken);
                after = batch[^1].Id;
                db.ForgetTracked();
            }
        }

        private async Task EndSuspensionsAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var ended = await db.Licences.Where(l => l.Status == LicenceStatus.Suspended && l.SuspendedUntil <= today).ToListAsync(cancellationToken);
            foreach (var licence in ended.Where(l => l.EndSuspensionIfDue(today, Actor.System(clock.GetUtcNow()))))
            {
                await db.NotifyAgencyAsync(directory, licence.AgencyId,
                    $"Suspension of licence {licence.Number} ended / ការផ្អាកអាជ្ញាប័ណ្ណ {licence.Number} បានបញ្ចប់",
                    $"Licence {licence.Number} is active again.", clock.GetUtcNow(), cancellationToken, deduplicationKey: $"suspension-ended:{licence.Id}:{today:yyyyMMdd}");
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
