using Licensing.Domain.Disappearances;
using Licensing.Domain.Identity;

namespace Licensing.Application.Security;

/// <summary>
/// The scopes other systems are granted. Each names what a body's officers may do through one or more policies
/// (<see cref="Policies"/>); a system client holds the role of its body's officers, so their scoping rules apply.
/// </summary>
public static class ClientScopes
{
    public const string RegisterRead = "register.read";
    public const string WorkersRead = "workers.read";

    /// <summary>Read disappearance cases and alerts, and acknowledge alerts.</summary>
    public const string DisappearancesReceive = "disappearances.receive";

    public const string DisappearancesReport = "disappearances.report";

    /// <summary>Manage the client's own webhook subscriptions and read their delivery log.</summary>
    public const string WebhooksManage = "webhooks.manage";

    /// <summary>Every scope a token may carry, one per policy's scopes, for the server to register.</summary>
    public static IReadOnlyList<string> All => Policies.All.SelectMany(p => p.Scopes).Distinct().ToList();

    /// <summary>The bodies a system client may act for: the Ministry of Interior and the embassies (MLVT's own systems use people's sign-in).</summary>
    public static bool MayActFor(RecipientBody body) => body.Kind is RecipientKind.Interior or RecipientKind.Embassy;

    /// <summary>The role of the body's officers, which its system client holds.</summary>
    public static string RoleOf(RecipientBody body) => body.Kind == RecipientKind.Embassy ? Roles.EmbassyOfficer : Roles.InteriorOfficer;

    /// <summary>The scopes a system client of the body may be given: those of the policies its officers satisfy.</summary>
    public static IReadOnlyList<string> For(RecipientBody body) =>
        Policies.All.Where(p => p.Roles.Contains(RoleOf(body))).SelectMany(p => p.Scopes).Distinct().Order().ToList();
}
