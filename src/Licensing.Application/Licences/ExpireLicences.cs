using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Licences;

/// <summary>
/// The daily sweep: a licence past its expiry date expires, unless a renewal of it is under
/// review, in which case it stays active with "renewal pending" until the decision; a
/// suspension whose end date has come ends (the agency is told: LicenceExpired, LicenceSuspensionEnded). Each licence
/// swept is held, so it is its agency's one licence (R31).
/// </summary>
public static class ExpireLicences
{
    private static readonly ApplicationStatus[] UnderReview =
        [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.InformationRequested];

    public sealed class Handler(ILicensingDb db, TimeProvider clock, BusinessCalendar calendar, SweepOptions sweep)
    {
        /// <summary>Returns how many licences expired.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            await EndSuspensionsAsync(today, cancellationToken);
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
                    return licences.Count(licence => licence.ExpireIfDue(today, renewing.Contains(licence.Id), Actor.System(clock.GetUtcNow())));
                }, cancellationToken);
        }

        private Task<int> EndSuspensionsAsync(DateOnly today, CancellationToken cancellationToken) =>
            db.SweepInPagesAsync(sweep,
                after => db.Licences.Where(l => l.Status == LicenceStatus.Suspended && l.SuspendedUntil <= today && l.Id.CompareTo(after) > 0).OrderBy(l => l.Id),
                l => l.Id,
                licences => Task.FromResult(licences.Count(l => l.EndSuspensionIfDue(today, Actor.System(clock.GetUtcNow())))), cancellationToken);
    }
}
