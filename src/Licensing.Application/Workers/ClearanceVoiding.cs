using Licensing.Application.Abstractions;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

public static class ClearanceVoiding
{
    /// <summary>The agency's licence was suspended or revoked: its unused departure clearances are void (R32). The caller saves.</summary>
    public static async Task VoidOpenClearancesAsync(this ILicensingDb db, Guid agencyId, string reason, CancellationToken cancellationToken)
    {
        var open = await db.DepartureClearances.Where(c => c.AgencyId == agencyId && c.Status == ClearanceStatus.Valid).ToListAsync(cancellationToken);
        foreach (var clearance in open) clearance.Void(reason);
    }
}
