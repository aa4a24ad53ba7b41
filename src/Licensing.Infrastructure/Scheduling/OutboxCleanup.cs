using Licensing.Application.Events.Disappearances;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>
/// Keeps the outbox small: delivered messages older than the retention period are removed, except
/// a disappearance case's, which its page shows as the record of who was told when.
/// </summary>
public sealed class OutboxCleanup(LicensingDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(90);

    public async Task HandleAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - Retention;
        await db.OutboxMessages.Where(m => m.DeliveredAt != null && m.DeliveredAt < cutoff && (m.DeduplicationKey == null || !m.DeduplicationKey.StartsWith(CaseNotices.RecordPrefix))).ExecuteDeleteAsync(cancellationToken);
    }
}
