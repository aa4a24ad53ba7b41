using Licensing.Application.Abstractions;
using Licensing.Domain.Common;

namespace Licensing.Application.Webhooks;

/// <summary>An administrator stops deliveries to a client's subscription; the client cannot turn it back on.</summary>
public static class DisableWebhookSubscription
{
    public sealed class Handler(ILicensingDb db, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var subscription = await db.WebhookSubscriptions.FindAsync([id], cancellationToken) ?? throw DomainException.NotFound();
            subscription.DisableByAdministrator(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
