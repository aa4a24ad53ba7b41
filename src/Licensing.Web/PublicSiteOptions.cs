using Microsoft.AspNetCore.Http;

namespace Licensing.Web;

/// <summary>
/// The top-level <c>PublicBaseUrl</c>: the one rule for an absolute link that leaves the site in a document or a
/// message (a certificate's or clearance's QR code, a password-reset link). Required outside Development, so that
/// no link is built from the Host header a request happened to send; in Development, empty means the request's own.
/// </summary>
public sealed class PublicSiteOptions
{
    public const string MissingMessage =
        "PublicBaseUrl is not set. Outside Development it is required: the absolute public address of this site " +
        "(for example https://licensing.mlvt.gov.kh), which certificates' QR codes and password-reset links point to. " +
        "Set it in appsettings.json or as the environment variable PublicBaseUrl.";

    public string? PublicBaseUrl { get; set; }

    public bool IsSet => Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    public string BaseUrlFor(HttpRequest request) =>
        (PublicBaseUrl is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');

    /// <summary>The absolute address of a path on this site ("/account/reset").</summary>
    public string LinkTo(HttpRequest request, string path) => BaseUrlFor(request) + path;
}
