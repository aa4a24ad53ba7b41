using System.Security.Claims;
using System.Text.Json;
using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Licensing.Domain.Audit;

namespace Licensing.Application.ApiClients;

/// <summary>The audit trail of the OpenID Connect server: every token issued, and every call a client makes with one.</summary>
public static class RecordApiTokenUse
{
    public const string EntityType = "ApiClient";

    public sealed class Handler(ILicensingDb db, TimeProvider clock)
    {
        public Task IssuedAsync(ClaimsPrincipal token, string grantType, CancellationToken cancellationToken) =>
            RecordAsync(token, "TokenIssued", new { grantType, scopes = token.FindAll(ScopeClaims.Granted).Select(c => c.Value) }, cancellationToken);

        public Task CalledAsync(ClaimsPrincipal token, string method, string path, int status, CancellationToken cancellationToken) =>
            RecordAsync(token, "ClientCall", new { method, path, status }, cancellationToken);

        private async Task RecordAsync(ClaimsPrincipal token, string action, object changes, CancellationToken cancellationToken)
        {
            var userId = Guid.TryParse(token.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : (Guid?)null;
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, token.FindFirst(ClaimTypes.Email)?.Value, action, EntityType,
                token.FindFirst(ScopeClaims.Client)?.Value ?? "", JsonSerializer.Serialize(changes)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
