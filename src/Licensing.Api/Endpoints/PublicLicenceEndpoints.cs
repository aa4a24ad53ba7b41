using Licensing.Api.Hosting;
using Licensing.Web;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>Anyone, without signing in, can check a licence; rate-limited per client.</summary>
public static class PublicLicenceEndpoints
{
    public static void MapPublicLicenceEndpoints(this RouteGroupBuilder api)
    {
        var verify = api.MapGroup("/public/licences").WithTags("Public verification").AllowAnonymous().RequireRateLimiting(PublicForms.Verification);
        verify.MapGet("/", async Task<Ok<Page<VerifyLicence.Match>>> (string? query, int? page, VerifyLicence.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.SearchAsync(query, page, ct)))
            .WithDescription($"Licences whose number or agency name contains the query, {VerifyLicence.SearchPageSize} a page, with the total.");
        verify.MapGet("/{number}", async Task<Ok<VerifyLicence.PublicLicence>> (string number, VerifyLicence.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.ByNumberAsync(number, ct)));
    }
}
