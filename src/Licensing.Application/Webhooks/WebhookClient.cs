using System.Security.Claims;
using System.Security.Cryptography;
using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Webhooks;

/// <summary>
/// The system managing its subscriptions: its client id, the body it acts for, and the scopes its client-credentials
/// token carries. People's tokens have no client body: subscriptions belong to systems.
/// </summary>
public sealed record WebhookClient(string ClientId, RecipientBody Body, IReadOnlySet<string> Scopes)
{
    public static WebhookClient From(ClaimsPrincipal user) =>
        user.FindFirst(ScopeClaims.Client)?.Value is { } clientId && RecipientBody.Parse(user.FindFirst(ScopeClaims.ClientBody)?.Value) is { } body
            ? new(clientId, body, user.FindAll(ScopeClaims.Granted).Select(c => c.Value).ToHashSet())
            : throw new DomainException(ErrorCodes.WebhookSubscriptionsForSystems, DomainErrorKind.Invalid);

    /// <summary>The scope that lets a client read what an event kind tells: the cases it is told of, or the register.</summary>
    public static string ScopeFor(string kind) => WebhookEventKind.IsDisappearance(kind) ? ClientScopes.DisappearancesReceive : ClientScopes.RegisterRead;

    /// <summary>A client may subscribe only to events it could read through the API.</summary>
    public void EnsureMayReceive(IEnumerable<string> kinds)
    {
        if (kinds.FirstOrDefault(k => WebhookEventKind.All.Contains(k) && !Scopes.Contains(ScopeFor(k))) is { } refused)
        {
            throw new DomainException(ErrorCodes.WebhookEventKindNotGranted, DomainErrorKind.Invalid, refused, ScopeFor(refused));
        }
    }

    /// <summary>One of this client's subscriptions; another client's answers 404.</summary>
    public async Task<WebhookSubscription> LoadAsync(ILicensingDb db, Guid id, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id && s.ClientId == ClientId, cancellationToken) ?? throw DomainException.NotFound();

    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
