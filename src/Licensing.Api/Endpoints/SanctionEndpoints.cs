using Licensing.Application.Sanctions;
using Licensing.Application.Security;
using Licensing.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>
/// Sanctions (the one way penalties are imposed, whatever the source), their appeal, rewards, and
/// what the public may see: an agency's standing and the ranking by latest band.
/// </summary>
public static class SanctionEndpoints
{
    public static void MapSanctionEndpoints(this RouteGroupBuilder api)
    {
        var sanctions = api.MapGroup("/sanctions").WithTags("Sanctions and rewards").RequireAuthorization(Policies.LicensingParticipants);
        sanctions.MapGet("/", (Guid? agencyId, ListSanctions.Handler h, CancellationToken ct) => h.ListAsync(agencyId, ct));
        sanctions.MapGet("/{id:guid}", (Guid id, ListSanctions.Handler h, CancellationToken ct) => h.GetAsync(id, ct));
        sanctions.MapPost("/{id:guid}/appeal", (Guid id, AppealSanction.Command c, AppealSanction.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, c, ct)))
            .RequireAuthorization(Policies.AgencyStaff);

        var officers = sanctions.MapGroup("/").RequireAuthorization(Policies.LicensingOfficers);
        officers.MapPost("/", async Task<Created<IdResponse>> (ImposeSanction.Command c, ImposeSanction.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(c, ct);
            return TypedResults.Created($"/api/v1/sanctions/{id}", new IdResponse(id));
        });
        officers.MapPost("/{id:guid}/appeal-decision", (Guid id, DecideSanctionAppeal.Command c, DecideSanctionAppeal.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, c, ct)));

        api.MapGet("/rewards", (Guid? agencyId, ListSanctions.Handler h, CancellationToken ct) => h.RewardsAsync(agencyId, ct))
            .WithTags("Sanctions and rewards").RequireAuthorization(Policies.LicensingParticipants);

        var open = api.MapGroup("/public").WithTags("Public verification").AllowAnonymous().RequireRateLimiting(PublicForms.Verification);
        open.MapGet("/rankings", (PublicStanding.Handler h, CancellationToken ct) => h.RankingAsync(ct));
        open.MapGet("/licences/{number}/standing", (string number, PublicStanding.Handler h, CancellationToken ct) => h.ByLicenceNumberAsync(number, ct));
    }

    private static async Task<NoContent> Done(Task action)
    {
        await action;
        return TypedResults.NoContent();
    }
}
