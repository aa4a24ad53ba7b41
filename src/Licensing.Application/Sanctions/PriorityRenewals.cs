using Licensing.Application.Abstractions;
using Licensing.Domain.Applications;
using Licensing.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Sanctions;

/// <summary>The reward "priority processing" applies to the agency's next renewal: the first one created after it was awarded.</summary>
public static class PriorityRenewals
{
    public static async Task<IReadOnlySet<Guid>> PriorityRenewalsAsync(this ILicensingDb db, IReadOnlyCollection<Guid> agencyIds, CancellationToken cancellationToken)
    {
        var rewards = await db.Rewards.AsNoTracking()
            .Where(r => r.Kind == RewardKind.PriorityProcessing && agencyIds.Contains(r.AgencyId))
            .Select(r => new { r.AgencyId, r.AwardedAt }).ToListAsync(cancellationToken);
        if (rewards.Count == 0) return new HashSet<Guid>();
        var renewals = await db.LicenceApplications.AsNoTracking()
            .Where(a => a.Kind == ApplicationKind.Renewal && agencyIds.Contains(a.AgencyId))
            .Select(a => new { a.Id, a.AgencyId, a.CreatedAt }).ToListAsync(cancellationToken);
        return rewards
            .Select(r => renewals.Where(a => a.AgencyId == r.AgencyId && a.CreatedAt >= r.AwardedAt).OrderBy(a => a.CreatedAt).Select(a => (Guid?)a.Id).FirstOrDefault())
            .OfType<Guid>()
            .ToHashSet();
    }
}
