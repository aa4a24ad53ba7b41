using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Notifications;

/// <summary>
/// POSTs an event to an API client's subscription, signed with the subscription's own secret, through the same client and
/// resilience as the bodies' webhooks. A subscription disabled or deleted since the event fails the delivery, which the
/// outbox retries and in the end dead-letters, as for a body whose endpoint is off.
/// </summary>
public sealed class SubscriptionDelivery(LicensingDbContext db, IHttpClientFactory clients, TimeProvider clock) : IDeliveryChannel
{
    public string Name => NotificationChannel.Subscription;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(message.Recipient);
        var subscription = await db.WebhookSubscriptions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == id && s.Enabled && s.DisabledByAdministratorAt == null, cancellationToken)
            ?? throw new InvalidOperationException($"No enabled webhook subscription '{message.Recipient}'.");
        await SignedWebhookPost.SendAsync(clients.CreateClient(WebhookDelivery.ClientName), clock, subscription.Url, subscription.Secret, message, cancellationToken);
    }
}
