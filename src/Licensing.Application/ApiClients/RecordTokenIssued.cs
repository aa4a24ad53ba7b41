using System.Security.Claims;
using Licensing.Application.Abstractions;
using Licensing.Application.Security;

namespace Licensing.Application.ApiClients;

/// <summary>Every token the OpenID Connect server issues is audited: the grant and the scopes it carries.</summary>
public static class RecordTokenIssued
{
    public sealed class Handler(ILicensingDb db, TimeProvider clock)
    {
        public async Task HandleAsync(ClaimsPrincipal token, string grantType, CancellationToken cancellationToken)
        {
            db.AuditEntries.Add(ApiClientAudit.Entry(token, "TokenIssued",
                new { grantType, scopes = token.FindAll(ScopeClaims.Granted).Select(c => c.Value) }, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
