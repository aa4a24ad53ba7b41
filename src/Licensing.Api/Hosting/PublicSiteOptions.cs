namespace Licensing.Api.Hosting;

/// <summary>The top-level <c>PublicBaseUrl</c>: the address printed on certificates' QR codes (empty: the request's own).</summary>
public sealed class PublicSiteOptions
{
    public string? PublicBaseUrl { get; set; }
}
