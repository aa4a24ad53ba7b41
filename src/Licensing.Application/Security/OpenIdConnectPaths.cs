namespace Licensing.Application.Security;

/// <summary>Where the OpenID Connect server answers; the server itself answers discovery, the key set and revocation, which no endpoint maps.</summary>
public static class OpenIdConnectPaths
{
    public const string Prefix = "/connect";
    public const string Authorize = Prefix + "/authorize";
    public const string Token = Prefix + "/token";
    public const string Revoke = Prefix + "/revoke";

    /// <summary>Discovery and the key set.</summary>
    public const string WellKnown = "/.well-known";
}
