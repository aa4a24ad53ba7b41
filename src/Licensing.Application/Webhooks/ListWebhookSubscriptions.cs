using Licensing.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Webhooks;

/// <summary>A system's own subscriptions (never their secrets); an administrator sees every client's.</summary>
public static class ListWebhookSubscriptions
{
    public sealed record Item(Guid Id, string ClientId, string Url, IReadOnlyList<string> EventKinds, bool Enabled, DateTimeOffset? DisabledByAdministratorAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    public sealed class Handler(ILicensingDb db)
    {
        public Task<IReadOnlyList<Item>> HandleAsync(WebhookClient client, CancellationToken cancellationToken) => ListAsync(client.ClientId, cancellationToken);

        public async Task<IReadOnlyList<Item>> ListAsync(string? clientId, CancellationToken cancellationToken)
        {
            var rows = await db.WebhookSubscriptions.AsNoTracking().Where(s => clientId == null || s.ClientId == clientId)
                .OrderBy(s => s.ClientId).ThenBy(s => s.CreatedAt).ToListAsync(cancellationToken);
            return rows.Select(s => new Item(s.Id, s.ClientId, s.Url, s.Kinds, s.Enabled, s.DisabledByAdministratorAt, s.CreatedAt, s.UpdatedAt)).ToList();
        }
    }
}
