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

    /// <summary>The client id, on every token the OpenID Connect server issues.</summary>
    public const string Client = "licensing:client";

    /// <summary>One scope granted to that client's token (one claim each).</summary>
    public const string Granted = "licensing:scope";

    /// <summary>The body (a recipient body key) a system client acts for; only on client-credentials tokens.</summary>
    public const string ClientBody = "licensing:client-body";
}
