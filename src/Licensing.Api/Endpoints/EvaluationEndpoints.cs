using Licensing.Application.Evaluations;
using Licensing.Domain.Evaluations;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>
/// Prakas 251 evaluations: the secretariat (licensing officers, administrators) opens them and
/// seats the panel, panel members score with the evidence beside them, a decision-maker decides.
/// </summary>
public static class EvaluationEndpoints
{
    public sealed record DecisionResponse(Guid? SanctionId);

    public static void MapEvaluationEndpoints(this RouteGroupBuilder api)
    {
        var evaluations = api.MapGroup("/evaluations").WithTags("Evaluations").RequireAuthorization(Policies.EvaluationParticipants);
        evaluations.MapGet("/", (EvaluationStatus? status, Guid? agencyId, ListEvaluations.Handler h, CancellationToken ct) =>
            h.HandleAsync(new ListEvaluations.Query(status, agencyId), ct));
        evaluations.MapGet("/{id:guid}", (Guid id, GetEvaluation.Handler h, CancellationToken ct) => h.HandleAsync(id, ct));
        evaluations.MapGet("/{id:guid}/evidence", (Guid id, EvaluationEvidence.Handler h, CancellationToken ct) => h.HandleAsync(id, ct));

        var panel = evaluations.MapGroup("/").RequireAuthorization(Policies.EvaluationPanel);
        panel.MapPut("/{id:guid}/scores", (Guid id, ScoreEvaluation.Command c, ScoreEvaluation.Handler h, CancellationToken ct) => Done(h.SubmitAsync(id, c, ct)));
        panel.MapPost("/{id:guid}/conflict", (Guid id, DeclareConflict.Command c, DeclareConflict.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, c, ct)));

        var secretariat = evaluations.MapGroup("/").RequireAuthorization(Policies.LicensingOfficers);
        secretariat.MapGet("/due", (OpenDueEvaluations.Handler h, CancellationToken ct) => h.ListAsync(ct));
        secretariat.MapPost("/", async Task<Created<IdResponse>> (OpenEvaluation.Command c, OpenEvaluation.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(c, ct);
            return TypedResults.Created($"/api/v1/evaluations/{id}", new IdResponse(id));
        });
        secretariat.MapGet("/{id:guid}/panel-candidates", (Guid id, ComposePanel.Handler h, CancellationToken ct) => h.ListCandidatesAsync(id, ct));
        secretariat.MapPost("/{id:guid}/panel", (Guid id, ComposePanel.Command c, ComposePanel.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, c, ct)));
        secretariat.MapPost("/{id:guid}/decision", async Task<Ok<DecisionResponse>> (Guid id, DecideEvaluation.Command c, DecideEvaluation.Handler h, CancellationToken ct) =>
            TypedResults.Ok(new DecisionResponse(await h.HandleAsync(id, c, ct))));
    }

    private static async Task<NoContent> Done(Task action)
    {
        await action;
        return TypedResults.NoContent();
    }
}
