using Licensing.Application.Complaints;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>The handling officer's moves on a complaint: steps, questions and notes, assignment, outcome, inspection and sanction proposal.</summary>
public static class ComplaintHandlingEndpoints
{
    public static void MapComplaintHandlingEndpoints(this RouteGroupBuilder complaints)
    {
        var handling = complaints.MapGroup("/{id:guid}").RequireAuthorization(Policies.ComplaintHandlers);
        handling.MapPost("/steps", (Guid id, MoveComplaint.Command command, MoveComplaint.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, command, ct)))
            .WithDescription("step: Acknowledge, Investigate (asks the agency to answer), Conciliate or Close.");
        handling.MapPost("/entries", (Guid id, WriteOnComplaint.Command command, WriteOnComplaint.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, command, ct)))
            .WithDescription("kind: QuestionToComplainant, QuestionToAgency or OfficerNote.");
        handling.MapGet("/officers", (Guid id, ListComplaintOfficers.Handler h, CancellationToken ct) => h.HandleAsync(id, ct));
        handling.MapPost("/assign", (Guid id, AssignComplaint.Command command, AssignComplaint.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, command, ct)));
        handling.MapPost("/resolve", (Guid id, ResolveComplaint.Command command, ResolveComplaint.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, command, ct)));
        handling.MapPost("/refer", (Guid id, ReferComplaint.Command command, ReferComplaint.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, command, ct)));
        handling.MapPost("/dismiss", (Guid id, DismissComplaint.Command command, DismissComplaint.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, command, ct)));
        handling.MapPost("/settlement-honoured", (Guid id, RecordSettlementHonoured.Command command, RecordSettlementHonoured.Handler h, CancellationToken ct) =>
            Done(h.HandleAsync(id, command, ct)));
        handling.MapPost("/sanction-proposal", (Guid id, ProposeComplaintSanction.Command command, ProposeComplaintSanction.Handler h, CancellationToken ct) =>
            Done(h.HandleAsync(id, command, ct)));
        handling.MapPost("/inspections", async Task<Created<IdResponse>> (Guid id, OpenComplaintInspection.Command command, OpenComplaintInspection.Handler h, CancellationToken ct) =>
        {
            var inspectionId = await h.HandleAsync(id, command, ct);
            return TypedResults.Created($"/api/v1/inspections/{inspectionId}", new IdResponse(inspectionId));
        }).WithDescription("Opens a special inspection of the agency's head office, linked to this complaint.");
    }

    private static async Task<NoContent> Done(Task action)
    {
        await action;
        return TypedResults.NoContent();
    }
}
