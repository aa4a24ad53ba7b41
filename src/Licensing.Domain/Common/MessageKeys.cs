namespace Licensing.Domain.Common;

/// <summary>
/// The catalogue entries of refusals worded more finely than their code's own entry (which is keyed by the code). Dotted,
/// so that they never read as a code.
/// </summary>
public static class MessageKeys
{
    /// <summary>The gate's reason, which knows the country and sector only by their codes.</summary>
    public const string DeploymentRestrictedHere = "deployment_restricted.here";

    /// <summary>An agency with no licence at all may not recruit.</summary>
    public const string AgencyHoldsNoLicence = "licence_not_active.none";

    /// <summary>An agency whose licence is suspended, revoked, expired or surrendered may not recruit: names the licence and its status.</summary>
    public const string AgencyLicenceNotActive = "licence_not_active.agency";
}
