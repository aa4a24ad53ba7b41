using Licensing.Application.Abstractions;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Outbox;

/// <summary>Administrators see notifications not yet delivered: pending, retrying and dead-lettered.</summary>
public static class ListOutbox
{
    public sealed record Item(Guid Id, string Channel, string Recipient, string Subject, string State, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, string? LastError);

    public sealed record Summary(int Pending, int Retrying, int DeadLettered, IReadOnlyList<Item> Items);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<Summary> HandleAsync(CancellationToken cancellationToken)
        {
            var undelivered = db.OutboxMessages.AsNoTracking().Where(m => m.DeliveredAt == null);
            // One pass over the undelivered messages counts all three states.
            var counts = await undelivered
                .GroupBy(m => new { Dead = m.DeadLetteredAt != null, Tried = m.Attempts > 0 })
                .Select(g => new { g.Key.Dead, g.Key.Tried, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var pending = counts.Where(c => !c.Dead && !c.Tried).Sum(c => c.Count);
            var retrying = counts.Where(c => !c.Dead && c.Tried).Sum(c => c.Count);
            var dead = counts.Where(c => c.Dead).Sum(c => c.Count);
            var items = await undelivered
                .OrderBy(m => m.Id)
                .Take(100)
                .ToListAsync(cancellationToken);
            return new Summary(pending, retrying, dead, items
                .Select(m => new Item(m.Id, m.Channel, m.Recipient, m.Subject, m.State.ToString(), m.Attempts, m.CreatedAt, m.NextAttemptAt, m.LastError))
                .ToList());
        }
    }
}
