using Licensing.Application.Abstractions;

namespace Licensing.Application.ApiClients;

public static class ListApiClients
{
    public sealed class Handler(IApiClientRegistry clients)
    {
        public Task<IReadOnlyList<ApiClientView>> HandleAsync(CancellationToken cancellationToken) => clients.ListAsync(cancellationToken);
    }
}
