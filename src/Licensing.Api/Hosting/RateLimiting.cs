using System.Globalization;
using System.Threading.RateLimiting;
using Licensing.Domain.Common;
using Licensing.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Hosting;

/// <summary>
/// Each public form (<see cref="PublicForms"/>) has its own budget per client address; a refused
/// request gets 429 with Retry-After and a problem body (a browser, the error page saying how long to wait).
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddLicensingRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            foreach (var form in PublicForms.All)
            {
                o.AddPolicy(form, context => RateLimitPartition.GetFixedWindowLimiter(
                    $"{form}|{context.Connection.RemoteIpAddress}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = context.RequestServices.GetRequiredService<IOptions<PublicRateLimitOptions>>().Value.PublicPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            }
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var (title, detail) = StatusTexts.For(StatusCodes.Status429TooManyRequests, http.Request);
                await TypedResults.Problem(detail, statusCode: 429, title: title, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.TooManyRequests }).ExecuteAsync(http);
            };
        });
        return services;
    }
}
