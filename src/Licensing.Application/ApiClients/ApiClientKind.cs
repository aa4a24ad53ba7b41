namespace Licensing.Application.ApiClients;

public enum ApiClientKind
{
    /// <summary>Another body's system: client credentials, bound to the body, with a secret.</summary>
    System,

    /// <summary>An interactive app: people sign in through it by authorization code + PKCE, and act within their own scope.</summary>
    App,
}
