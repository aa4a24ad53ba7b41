using OpenIddict.Abstractions;

namespace Licensing.Infrastructure.OpenIdConnect;

/// <summary>Removes the OpenID Connect server's tokens and authorizations that expired or were revoked more than two weeks ago.</summary>
public sealed class OpenIdConnectPruning(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock)
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(14);

    public async Task HandleAsync(CancellationToken cancellationToken)
    {
        var threshold = clock.GetUtcNow() - Retention;
        await tokens.PruneAsync(threshold, cancellationToken);
        await authorizations.PruneAsync(threshold, cancellationToken);
    }
}
