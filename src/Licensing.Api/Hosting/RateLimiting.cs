using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Hosting;

/// <summary>
/// Public endpoints (verification, and later complaint filing and tracking) are limited per
/// client address; a refused request gets 429 with Retry-After and a problem body.
/// </summary>
public static class RateLimiting
{
    public const string Public = "public";

    public static IServiceCollection AddLicensingRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Public, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = context.RequestServices.GetRequiredService<IOptions<PublicRateLimitOptions>>().Value.PublicPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem("Too many requests; try again later.", statusCode: 429, title: "Too many requests")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
