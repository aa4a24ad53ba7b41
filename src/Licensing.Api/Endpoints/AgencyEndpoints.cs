using Licensing.Api.Hosting;
using Licensing.Application.Security;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>The agency registry with branches and PDOT training centres. Agency staff reach only their own agency.</summary>
public static class AgencyEndpoints
{
    public sealed record VersionResponse(Guid Version);

    public static void MapAgencyEndpoints(this RouteGroupBuilder api)
    {
        var agencies = api.MapGroup("/agencies").WithTags("Agencies").RequireAuthorization(Policies.RegisterReaders);
        agencies.MapGet("/", ListAsync);
        agencies.MapPost("/", RegisterAsync).RequireAuthorization(Policies.LicensingOfficers);
        agencies.MapGet("/{id:guid}", GetAsync);
        agencies.MapPatch("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.LicensingParticipants);

        agencies.MapGet("/{id:guid}/branches", async (Guid id, GetAgency.Handler handler, CancellationToken ct) => TypedResults.Ok((await handler.HandleAsync(id, ct)).Branches));
        agencies.MapPost("/{id:guid}/branches", AddBranchAsync).RequireAuthorization(Policies.LicensingParticipants);
        agencies.MapDelete("/{id:guid}/branches/{siteId:guid}", RemoveBranchAsync).RequireAuthorization(Policies.LicensingParticipants);

        agencies.MapGet("/{id:guid}/training-centres", async (Guid id, GetAgency.Handler handler, CancellationToken ct) => TypedResults.Ok((await handler.HandleAsync(id, ct)).TrainingCentres));
        agencies.MapPost("/{id:guid}/training-centres", AddTrainingCentreAsync).RequireAuthorization(Policies.LicensingParticipants);
        agencies.MapDelete("/{id:guid}/training-centres/{siteId:guid}", RemoveTrainingCentreAsync).RequireAuthorization(Policies.LicensingParticipants);
    }

    private static async Task<Ok<Page<ListAgencies.Item>>> ListAsync(string? search, string? province, int? page, int? pageSize, ListAgencies.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new ListAgencies.Query(search, province, page, pageSize), ct));

    private static async Task<Created<IdResponse>> RegisterAsync(RegisterAgency.Command command, RegisterAgency.Handler handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(command, ct);
        return TypedResults.Created($"/api/v1/agencies/{id}", new IdResponse(id));
    }

    private static async Task<Ok<GetAgency.Detail>> GetAsync(Guid id, GetAgency.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(id, ct));

    private static async Task<Ok<VersionResponse>> UpdateAsync(Guid id, UpdateAgency.Command command, UpdateAgency.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(new VersionResponse(await handler.HandleAsync(id, command, ct)));

    private static async Task<Created<IdResponse>> AddBranchAsync(Guid id, AgencySites.SiteCommand command, AddBranch.Handler handler, CancellationToken ct)
    {
        var siteId = await handler.HandleAsync(id, command, ct);
        return TypedResults.Created($"/api/v1/agencies/{id}/branches/{siteId}", new IdResponse(siteId));
    }

    private static async Task<NoContent> RemoveBranchAsync(Guid id, Guid siteId, RemoveBranch.Handler handler, CancellationToken ct)
    {
        await handler.HandleAsync(id, siteId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<IdResponse>> AddTrainingCentreAsync(Guid id, AgencySites.SiteCommand command, AddTrainingCentre.Handler handler, CancellationToken ct)
    {
        var siteId = await handler.HandleAsync(id, command, ct);
        return TypedResults.Created($"/api/v1/agencies/{id}/training-centres/{siteId}", new IdResponse(siteId));
    }

    private static async Task<NoContent> RemoveTrainingCentreAsync(Guid id, Guid siteId, RemoveTrainingCentre.Handler handler, CancellationToken ct)
    {
        await handler.HandleAsync(id, siteId, ct);
        return TypedResults.NoContent();
    }
}
