using Licensing.Application.Abstractions;

namespace Licensing.Application.Webhooks;

/// <summary>A subscription gets a new secret, shown once; deliveries are signed with it from now on, retries included.</summary>
public static class RotateWebhookSubscriptionSecret
{
    public sealed record Rotated(string Secret);

    public sealed class Handler(ILicensingDb db, TimeProvider clock)
    {
        public async Task<Rotated> HandleAsync(WebhookClient client, Guid id, CancellationToken cancellationToken)
        {
            var subscription = await client.LoadAsync(db, id, cancellationToken);
            var secret = WebhookClient.NewSecret();
            subscription.RotateSecret(secret, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return new Rotated(secret);
        }
    }
}
