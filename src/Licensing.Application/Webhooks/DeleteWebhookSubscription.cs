using Licensing.Application.Abstractions;

namespace Licensing.Application.Webhooks;

/// <summary>A system ends one of its subscriptions; deliveries not yet made are not attempted again.</summary>
public static class DeleteWebhookSubscription
{
    public sealed class Handler(ILicensingDb db)
    {
        public async Task HandleAsync(WebhookClient client, Guid id, CancellationToken cancellationToken)
        {
            db.WebhookSubscriptions.Remove(await client.LoadAsync(db, id, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
