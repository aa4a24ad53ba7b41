using System.Security.Claims;

namespace Licensing.Application.Abstractions;

/// <summary>Who a token from the OpenID Connect server stands for, built afresh each time one is issued.</summary>
public interface IApiTokenPrincipals
{
    /// <summary>A system client's own token: its account's role and body, and <paramref name="scopes"/> (all it may have when none are asked for). Null when it is not a system client.</summary>
    Task<ClaimsPrincipal?> ForSystemAsync(string clientId, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken);

    /// <summary>
    /// A person's token through an app: <paramref name="person"/> is the signed-in user at the authorization endpoint, or the
    /// principal of the code or refresh token being redeemed. Null when that person may no longer sign in (locked out,
    /// password or security settings changed since).
    /// </summary>
    Task<ClaimsPrincipal?> ForPersonAsync(ClaimsPrincipal person, string clientId, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken);
}
