using System.Security.Claims;
using Licensing.Application.Abstractions;

namespace Licensing.Application.Security;

/// <summary>
/// Who may use a part of the system: the policy name both hosts register and apply, the roles that
/// satisfy it, and the scope an API client will be granted for it.
/// </summary>
public sealed record AccessPolicy(string Name, string Scope, IReadOnlyList<string> Roles);

public static class AccessPolicyChecks
{
    /// <summary>True when the user holds one of the policy's roles: the same test the hosts' policy applies.</summary>
    public static bool Satisfies(this ClaimsPrincipal user, AccessPolicy policy) => policy.Roles.Any(user.IsInRole);

    public static bool Satisfies(this ICurrentUser user, AccessPolicy policy) => policy.Roles.Any(user.IsInRole);
}
