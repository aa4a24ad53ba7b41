using System.Security.Claims;
using Licensing.Application.Abstractions;

namespace Licensing.Application.Security;

/// <summary>
/// Who may use a part of the system: the policy name both hosts register and apply, the roles that
/// satisfy it, and the scopes, any one of which a token from the OpenID Connect server must carry to use it. A policy
/// for <paramref name="SystemsOnly"/> passes only a system's client-credentials token, never a person's.
/// </summary>
public sealed record AccessPolicy(string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> Roles, bool SystemsOnly = false);

public static class AccessPolicyChecks
{
    /// <summary>
    /// The test the hosts' policy applies: one of the policy's roles and, for a token the OpenID Connect server issued
    /// to a client (a system or an app), one of the policy's scopes granted to it.
    /// </summary>
    public static bool Satisfies(this ClaimsPrincipal user, AccessPolicy policy) =>
        policy.Roles.Any(user.IsInRole) && (!user.HasClaim(c => c.Type == ScopeClaims.Client) || policy.Scopes.Any(s => user.HasClaim(ScopeClaims.Granted, s)))
        && (!policy.SystemsOnly || user.IsSystemClient());

    /// <summary>The role half alone: whoever holds the role, whatever scopes their app's token was granted.</summary>
    public static bool HoldsRoleOf(this ClaimsPrincipal user, AccessPolicy policy) => policy.Roles.Any(user.IsInRole);

    /// <summary>True for a client's own token (client credentials), which no person holds: it may use only what a policy grants it.</summary>
    public static bool IsSystemClient(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == ScopeClaims.ClientBody);

    /// <summary>The role half of the policy, for use cases that choose data by it; the host has already checked the scope.</summary>
    public static bool Satisfies(this ICurrentUser user, AccessPolicy policy) => policy.Roles.Any(user.IsInRole);
}
