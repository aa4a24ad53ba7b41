using System.Security.Claims;
using Licensing.Application.Abstractions;

namespace Licensing.Application.ApiClients;

/// <summary>Every call made with a token from the OpenID Connect server is audited, with its answer's status.</summary>
public static class RecordClientCall
{
    public sealed record Command(string Method, string Path, int Status);

    public sealed class Handler(ILicensingDb db, TimeProvider clock)
    {
        public async Task HandleAsync(ClaimsPrincipal token, Command call, CancellationToken cancellationToken)
        {
            db.AuditEntries.Add(ApiClientAudit.Entry(token, "ClientCall", new { method = call.Method, path = call.Path, status = call.Status }, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
