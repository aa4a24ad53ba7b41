using Licensing.Application.ReferenceData;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>The administrator's restrictions on (country, sector) pairs (R26) and the reservation of countries to public agencies (R33).</summary>
public static class RestrictionEndpoints
{
    public static void MapRestrictionEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration").RequireAuthorization(Policies.Administrators);
        admin.MapGet("/restrictions", (ListRestrictions.Handler handler, CancellationToken ct) => handler.HandleAsync(ct));
        admin.MapPost("/restrictions", AddAsync);
        admin.MapPost("/restrictions/{id:guid}/end", async (Guid id, EndRestriction.Command ending, EndRestriction.Handler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ending, ct);
            return TypedResults.NoContent();
        });
        admin.MapGet("/public-agencies", (ListPublicAgencies.Handler handler, CancellationToken ct) => handler.HandleAsync(ct));
        admin.MapPut("/countries/{code}/reservation", async (string code, ReserveCountryToPublicAgencies.Command reservation, ReserveCountryToPublicAgencies.Handler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(code, reservation, ct);
            return TypedResults.NoContent();
        }).WithDescription("Reserves the country to public agencies (only their job orders are accepted there), or lifts the reservation.");
        admin.MapPut("/agencies/{id:guid}/public-agency", async (Guid id, MarkPublicAgency.Command mark, MarkPublicAgency.Handler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, mark, ct);
            return TypedResults.NoContent();
        }).WithDescription("Marks the agency as a public agency (MTOSB), or removes the mark.");
    }

    private static async Task<Created<IdResponse>> AddAsync(AddRestriction.Command command, AddRestriction.Handler handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(command, ct);
        return TypedResults.Created($"/api/v1/admin/restrictions/{id}", new IdResponse(id));
    }
}
