using Licensing.Application.Abstractions;
using Licensing.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace Licensing.Application.Webhooks;

/// <summary>A system subscribes an address to event kinds its scopes allow; the subscription's secret is shown this once.</summary>
public static class CreateWebhookSubscription
{
    public sealed record Command(string Url, IReadOnlyList<string>? EventKinds) : ISubscriptionInput;

    public sealed record Created(Guid Id, string Secret);

    public sealed class Validator : SubscriptionInputValidator<Command>;

    public sealed class Handler(ILicensingDb db, TimeProvider clock, IOptions<WebhookSubscriptionOptions> options)
    {
        public async Task<Created> HandleAsync(WebhookClient client, Command command, CancellationToken cancellationToken)
        {
            var kinds = command.EventKinds ?? [];
            client.EnsureMayReceive(kinds);
            var secret = WebhookClient.NewSecret();
            var subscription = new WebhookSubscription(client.ClientId, client.Body, new Uri(command.Url), kinds, secret, options.Value.AllowHttp, clock.GetUtcNow());
            db.WebhookSubscriptions.Add(subscription);
            await db.SaveChangesAsync(cancellationToken);
            return new Created(subscription.Id, secret);
        }
    }
}
