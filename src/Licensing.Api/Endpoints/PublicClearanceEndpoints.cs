using Licensing.Web;
using Licensing.Application.Workers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>Anyone, without signing in (a border official, an embassy, the family), can check a departure clearance; rate-limited per client.</summary>
public static class PublicClearanceEndpoints
{
    public static void MapPublicClearanceEndpoints(this RouteGroupBuilder api)
    {
        var verify = api.MapGroup("/public/clearances").WithTags("Public verification").AllowAnonymous().RequireRateLimiting(PublicForms.Verification);
        verify.MapGet("/{number}", async Task<Ok<VerifyClearance.PublicClearance>> (string number, VerifyClearance.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.ByNumberAsync(number, ct)))
            .WithDescription("Status (Valid, Used, Lapsed, Void), the worker's initials, destination, agency and dates; nothing else about the worker.");
    }
}
