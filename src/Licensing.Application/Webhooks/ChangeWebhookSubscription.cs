using Licensing.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Licensing.Application.Webhooks;

/// <summary>A system changes one of its subscriptions' address and kinds, or turns it off and on (an administrator's disabling stands).</summary>
public static class ChangeWebhookSubscription
{
    public sealed record Command(string Url, IReadOnlyList<string>? EventKinds, bool Enabled) : ISubscriptionInput;

    public sealed class Validator : SubscriptionInputValidator<Command>;

    public sealed class Handler(ILicensingDb db, TimeProvider clock, IOptions<WebhookSubscriptionOptions> options)
    {
        public async Task HandleAsync(WebhookClient client, Guid id, Command command, CancellationToken cancellationToken)
        {
            var kinds = command.EventKinds ?? [];
            client.EnsureMayReceive(kinds);
            var subscription = await client.LoadAsync(db, id, cancellationToken);
            subscription.Change(new Uri(command.Url), kinds, command.Enabled, options.Value.AllowHttp, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
