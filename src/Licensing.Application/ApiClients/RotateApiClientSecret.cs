using Licensing.Application.Abstractions;
using Licensing.Domain.Common;

namespace Licensing.Application.ApiClients;

/// <summary>A system client gets a new secret, shown once; the old one stops working at once.</summary>
public static class RotateApiClientSecret
{
    public sealed class Handler(IApiClientRegistry clients)
    {
        public async Task<string> HandleAsync(string clientId, CancellationToken cancellationToken) =>
            await clients.RotateSecretAsync(clientId, cancellationToken) ?? throw DomainException.NotFound();
    }
}
