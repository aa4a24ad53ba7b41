namespace Licensing.Application.Security;

/// <summary>Claim types that carry a user's scope into cookies and bearer tokens.</summary>
public static class ScopeClaims
{
    public const string FullName = "licensing:name";
    public const string Agency = "licensing:agency";
    public const string Province = "licensing:province";
    public const string Country = "licensing:country";
    public const string PanelSector = "licensing:panel-sector";

    /// <summary>"true" when the user signs in with a second factor.</summary>
    public const string TwoFactor = "licensing:2fa";
}
