using Licensing.Application.Abstractions;
using Licensing.Application.Disappearances;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Events.Disappearances;

/// <summary>
/// How the report of a case reached each recipient body, read back from what its handler wrote:
/// the live alerts, and the outbox messages by their "dc:{case}:reported:{body}:" keys.
/// </summary>
public static class CaseDeliveries
{
    public static async Task<IReadOnlyList<GetDisappearance.Recipient>> CaseRecipientsAsync(this ILicensingDb db, DisappearanceCase report, CancellationToken cancellationToken)
    {
        var prefix = CaseNotices.Key(report.Id, "reported:");
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.DeduplicationKey!.StartsWith(prefix))
            .Select(m => new { m.DeduplicationKey, m.Channel, m.DeliveredAt, m.DeadLetteredAt, m.Attempts }).ToListAsync(cancellationToken);
        var live = await db.Alerts.AsNoTracking().Where(a => a.CaseId == report.Id && a.Kind == AlertKind.Reported)
            .Select(a => new { a.BodyKey, a.LiveDeliveredAt }).ToListAsync(cancellationToken);
        return report.Recipients.OrderBy(r => r.Kind).Select(r =>
        {
            var mine = messages.Where(m => m.DeduplicationKey!.StartsWith($"{prefix}{r.BodyKey}:"));
            var deliveries = new List<GetDisappearance.ChannelDelivery>
            {
                new("live", 1, live.FirstOrDefault(a => a.BodyKey == r.BodyKey)?.LiveDeliveredAt, live.Any(a => a.BodyKey == r.BodyKey && a.LiveDeliveredAt != null) ? "Delivered" : "Waiting for a connected officer"),
            };
            deliveries.AddRange(mine.GroupBy(m => m.Channel).Select(g => new GetDisappearance.ChannelDelivery(g.Key, g.Count(),
                g.All(m => m.DeliveredAt != null) ? g.Max(m => m.DeliveredAt) : null,
                g.All(m => m.DeliveredAt != null) ? "Delivered" : g.Any(m => m.DeadLetteredAt != null) ? "DeadLettered" : g.Any(m => m.Attempts > 0) ? "Retrying" : "Pending")));
            return new GetDisappearance.Recipient(r.BodyKey.Key, r.Kind, r.NotifiedAt, deliveries, r.AcknowledgedAt, r.AcknowledgedByName,
                r.TimeToAcknowledge?.TotalMinutes is { } minutes ? Math.Round(minutes, 1) : null, r.EscalatedAt);
        }).ToList();
    }
}
