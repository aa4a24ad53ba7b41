using Licensing.Application.Abstractions;
using Licensing.Domain.Common;

namespace Licensing.Application.ApiClients;

/// <summary>A system client's secret is withdrawn and its tokens revoked; it gets no token until its secret is rotated.</summary>
public static class RevokeApiClientSecret
{
    public sealed class Handler(IApiClientRegistry clients)
    {
        public async Task HandleAsync(string clientId, CancellationToken cancellationToken)
        {
            if (!await clients.RevokeSecretAsync(clientId, cancellationToken)) throw DomainException.NotFound();
        }
    }
}
