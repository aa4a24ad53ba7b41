using Licensing.Application.Common;
using Licensing.Application.JobOrders;
using Licensing.Domain.Workers;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>Job orders: the agency registers an employer's demand for workers; a licensing officer verifies the work is legal.</summary>
public static class JobOrderEndpoints
{
    public static void MapJobOrderEndpoints(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/job-orders").WithTags("Job orders").RequireAuthorization(Policies.LicensingParticipants);
        orders.MapGet("/", ListAsync);
        orders.MapPost("/", CreateAsync).RequireAuthorization(Policies.AgencyStaff);
        orders.MapGet("/{id:guid}", (Guid id, GetJobOrder.Handler handler, CancellationToken ct) => handler.HandleAsync(id, ct));

        var officers = orders.MapGroup("/").RequireAuthorization(Policies.LicensingOfficers);
        officers.MapPost("/{id:guid}/approve", (Guid id, ApproveJobOrder.Command command, ApproveJobOrder.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, command, ct)));
        officers.MapPost("/{id:guid}/reject", (Guid id, RejectJobOrder.Command command, RejectJobOrder.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, command, ct)));
    }

    private static async Task<NoContent> Done(Task action)
    {
        await action;
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Page<ListJobOrders.Item>>> ListAsync(JobOrderStatus? status, int? page, int? pageSize, ListJobOrders.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new ListJobOrders.Query(status, page, pageSize), ct));

    private static async Task<Created<IdResponse>> CreateAsync(CreateJobOrder.Command command, CreateJobOrder.Handler handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(command, ct);
        return TypedResults.Created($"/api/v1/job-orders/{id}", new IdResponse(id));
    }
}
