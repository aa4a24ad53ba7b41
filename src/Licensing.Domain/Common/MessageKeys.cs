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

    /// <summary>The standing of a licence a company still holds, set into its refusal of a new one.</summary>
    public const string LicenceHeldActive = "licence_already_held.active";

    public const string LicenceHeldSuspended = "licence_already_held.suspended";

    /// <summary>The status of a licence that stops recruitment, set into its refusal.</summary>
    public const string LicenceStatusSuspended = "licence_not_active.suspended";

    public const string LicenceStatusRevoked = "licence_not_active.revoked";

    public const string LicenceStatusExpired = "licence_not_active.expired";

    public const string LicenceStatusSurrendered = "licence_not_active.surrendered";
}
