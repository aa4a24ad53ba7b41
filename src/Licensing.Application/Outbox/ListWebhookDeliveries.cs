using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Webhooks;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Outbox;

/// <summary>
/// A system's delivery log of one of its subscriptions, newest first: each delivery is an outbox row (its id is the
/// Licensing-Delivery-Id header), with its attempts, state and last error.
/// </summary>
public static class ListWebhookDeliveries
{
    public sealed record Query(int? Page, int? PageSize);

    public sealed record Item(Guid DeliveryId, string Kind, string Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? NextAttemptAt);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<Page<Item>> HandleAsync(WebhookClient client, Guid id, Query query, CancellationToken cancellationToken)
        {
            var subscription = (await client.LoadAsync(db, id, cancellationToken)).Id.ToString();
            var page = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Channel == NotificationChannel.Subscription && m.Recipient == subscription)
                .OrderByDescending(m => m.Id)
                .ToCappedPageAsync(query.Page, query.PageSize, cancellationToken);
            var items = page.Items.Select(m => new Item(m.Id, m.Subject, m.State.ToString(), m.Attempts, m.LastError, m.CreatedAt, m.DeliveredAt, m.NextAttemptAt)).ToList();
            return new Page<Item>(items, page.Total, page.PageNumber, page.PageSize, page.TotalIsLowerBound);
        }
    }
}
