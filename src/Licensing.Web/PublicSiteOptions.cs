namespace Licensing.Api.Hosting;

/// <summary>The top-level <c>PublicBaseUrl</c>: the address printed on certificates' and clearances' QR codes (empty: the request's own).</summary>
public sealed class PublicSiteOptions
{
    public string? PublicBaseUrl { get; set; }

    public string BaseUrlFor(HttpRequest request) =>
        PublicBaseUrl is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}";
}
