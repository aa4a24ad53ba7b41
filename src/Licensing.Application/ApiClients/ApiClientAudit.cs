using System.Security.Claims;
using System.Text.Json;
using Licensing.Application.Security;
using Licensing.Domain.Audit;

namespace Licensing.Application.ApiClients;

/// <summary>The audit line of something a client of the OpenID Connect server did, recorded as the client's account or person.</summary>
public static class ApiClientAudit
{
    public const string EntityType = "ApiClient";

    public static AuditEntry Entry(ClaimsPrincipal token, string action, object changes, DateTimeOffset at) => new(at,
        Guid.TryParse(token.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null, token.FindFirst(ClaimTypes.Email)?.Value,
        action, EntityType, token.FindFirst(ScopeClaims.Client)?.Value ?? "", JsonSerializer.Serialize(changes));
}
