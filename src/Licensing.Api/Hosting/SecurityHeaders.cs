using Licensing.Web;

namespace Licensing.Api.Hosting;

/// <summary>
/// Headers that stop framing, sniffing and inline script on every response. Hangfire's dashboard
/// sets inline styles (its graphs and progress bars), so its pages also allow those, and nothing more.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        if (!context.Request.Path.StartsWithSegments("/docs"))
        {
            var styles = context.Request.Path.StartsWithSegments(HangfireDashboardLink.Path) ? "'self' 'unsafe-inline'" : "'self'";
            headers.ContentSecurityPolicy = $"default-src 'self'; img-src 'self' data:; style-src {styles}; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        }
        await next();
    });
}
