using Licensing.Domain.Disappearances;

namespace Licensing.Application.Abstractions;

/// <summary>The OpenID Connect server's registered clients: other bodies' systems and interactive apps.</summary>
public interface IApiClientRegistry
{
    Task<IReadOnlyList<ApiClientView>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Registers a client; a system client (with a body) gets a secret, returned only here.</summary>
    Task<ApiClientCredentials> RegisterAsync(ApiClientRegistration registration, CancellationToken cancellationToken);

    /// <summary>A new secret for a system client, returned only here; the old one stops working. Null when there is no such system client.</summary>
    Task<string?> RotateSecretAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Withdraws a system client's secret and revokes its tokens; false when there is no such system client.</summary>
    Task<bool> RevokeSecretAsync(string clientId, CancellationToken cancellationToken);
}

/// <summary>A system client acts for <paramref name="Body"/> by client credentials; an app (no body) signs people in by code + PKCE.</summary>
public sealed record ApiClientRegistration(string Name, RecipientBody? Body, IReadOnlyList<string> Scopes, IReadOnlyList<Uri> RedirectUris);

public sealed record ApiClientCredentials(string ClientId, string? Secret);

public sealed record ApiClientView(string ClientId, string Name, string? BodyKey, IReadOnlyList<string> Scopes, IReadOnlyList<string> RedirectUris, bool SecretWithdrawn);
