using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Domain.Common;
using Licensing.Application.Security;
using Licensing.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Api.Endpoints;

/// <summary>
/// Disappearance cases (Sub-Decree 190 Art. 31/32): reported by the agency, an embassy, Interior,
/// MLVT or (publicly) the family; acknowledged by each recipient body; updated; resolved.
/// Reports honour an Idempotency-Key header.
/// </summary>
public static class DisappearanceEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void MapDisappearanceEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/disappearances").WithTags("Disappearances");
        cases.MapPost("/", ReportAsync).RequireAuthorization(Policies.DisappearanceParties)
            .WithDescription("201 with the new case; 200 with the same case when a request with the same Idempotency-Key was already accepted; 409 when the worker already has an open case.");
        cases.MapGet("/", async (Domain.Disappearances.CaseStatus? status, bool? late, int? page, int? pageSize, ListDisappearances.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new ListDisappearances.Query(status, late, page, pageSize), ct)))
            .RequireAuthorization(Policies.DisappearanceViewers);
        cases.MapGet("/statistics", async (int? year, DisappearanceStatistics.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new DisappearanceStatistics.Query(year), ct)))
            .RequireAuthorization(Policies.AlertRecipients);
        cases.MapGet("/{id:guid}", async (Guid id, GetDisappearance.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(id, ct)))
            .RequireAuthorization(Policies.DisappearanceViewers);
        cases.MapPost("/{id:guid}/acknowledgements", async (Guid id, AcknowledgeDisappearance.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
            .RequireAuthorization(Policies.AlertRecipients);
        cases.MapPost("/{id:guid}/updates", async (Guid id, PostCaseUpdate.Command command, PostCaseUpdate.Handler handler, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/disappearances/{id}", new IdResponse(await handler.HandleAsync(id, command, ct))))
            .RequireAuthorization(Policies.DisappearanceParties);
        cases.MapPost("/{id:guid}/agency-response", (Guid id, RespondToDisappearance.Command command, RespondToDisappearance.Handler handler, CancellationToken ct) =>
            Done(handler.HandleAsync(id, command, ct)))
            .RequireAuthorization(Policies.AgencyStaff);
        cases.MapPost("/{id:guid}/verification", (Guid id, VerifyFamilyReport.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, ct)))
            .RequireAuthorization(Policies.LicensingOfficers);
        cases.MapPost("/{id:guid}/resolution", (Guid id, ResolveDisappearance.Command command, ResolveDisappearance.Handler handler, CancellationToken ct) =>
            Done(handler.HandleAsync(id, command, ct)))
            .RequireAuthorization(Policies.AlertRecipients);

        api.MapPost("/public/disappearances", ReportByFamilyAsync).WithTags("Public").AllowAnonymous().RequireRateLimiting(PublicForms.MissingReport)
            .WithDescription("A family reports a worker abroad missing; the worker is found tolerantly by passport or ID number, name, date of birth and telephone. "
                + "When no registered worker matches, the case opens for an unregistered migrant in countryCode. The answer holds the case number and the PIN to follow it, "
                + "the PIN only on the first answer. Honours Idempotency-Key.");
        var family = api.MapGroup("/public/disappearances").WithTags("Public").AllowAnonymous().RequireRateLimiting(PublicForms.MissingTracking);
        family.MapPost("/track", async Task<Ok<TrackMissingRelative.View>> (TrackMissingRelative.Query query, TrackMissingRelative.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .WithDescription("Where the family's case stands. A wrong number or PIN answers 404; after five wrong PINs the case is locked for 15 minutes, answered 409 missing_case_locked with the time it opens again.");
        family.MapPost("/information", async Task<Ok<TrackMissingRelative.View>> (AddFamilyInformation.Command command, AddFamilyInformation.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(command, ct)))
            .WithDescription("The family adds what it has learned; every body of the case is told.");
        api.MapGet("/alerts/stream", AlertStream.StreamAsync).WithName(ApiEndpointNames.AlertStream).ProducesDownload(Downloads.EventStreamType).WithTags("Disappearances").RequireAuthorization(Policies.AlertRecipients)
            .WithDescription("Server-sent events: every alert for the caller's body. Reconnect with Last-Event-ID (or ?after=) to receive what was missed, in order.");
    }

    private static async Task<Results<Created<ReportedCase>, Ok<ReportedCase>>> ReportAsync(
        ReportDisappearance.Command command, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, ReportDisappearance.Handler handler, CancellationToken ct)
    {
        var reported = await handler.HandleAsync(command, CheckKey(idempotencyKey), ct);
        return reported.Created ? TypedResults.Created($"/api/v1/disappearances/{reported.Id}", reported) : TypedResults.Ok(reported);
    }

    private static async Task<Results<Created<ReportMissingRelative.Receipt>, Ok<ReportMissingRelative.Receipt>>> ReportByFamilyAsync(
        ReportMissingRelative.Command command, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, ReportMissingRelative.Handler handler, CancellationToken ct)
    {
        var receipt = await handler.HandleAsync(command, CheckKey(idempotencyKey), ct);
        return receipt.Created ? TypedResults.Created("/api/v1/public/disappearances/track", receipt) : TypedResults.Ok(receipt);
    }

    private static string? CheckKey(string? key) => key is { Length: > 100 }
        ? throw new DomainException(ErrorCodes.IdempotencyKeyTooLong, DomainErrorKind.Invalid)
        : string.IsNullOrWhiteSpace(key) ? null : key.Trim();

    private static async Task<NoContent> Done(Task action)
    {
        await action;
        return TypedResults.NoContent();
    }
}
