using Licensing.Application.Common;
using Licensing.Application.Inspections;
using Licensing.Application.Security;
using Licensing.Application.Texts;
using Licensing.Domain.Inspections;
using Licensing.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>Inspection plans and inspections (Prakas 250): planning, scheduling, the visit, findings and corrective actions.</summary>
public static class InspectionEndpoints
{
    public sealed record AcceptedProposals(int Scheduled);

    public static void MapInspectionEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/inspection-plans").WithTags("Inspections").RequireAuthorization(Policies.InspectionStaff);
        plans.MapGet("/", (GetInspectionPlan.Handler h, CancellationToken ct) => h.ListAsync(ct));
        plans.MapPost("/", async (PlanInspections.Command c, PlanInspections.Handler h, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/inspection-plans/{await h.HandleAsync(c, ct)}", (object?)null));
        plans.MapGet("/{id:guid}", (Guid id, GetInspectionPlan.Handler h, CancellationToken ct) => h.HandleAsync(id, ct));
        plans.MapPost("/{id:guid}/accept-proposals", async (Guid id, AcceptInspectionProposals.Handler h, CancellationToken ct) =>
            TypedResults.Ok(new AcceptedProposals(await h.HandleAsync(id, ct))));

        var inspections = api.MapGroup("/inspections").WithTags("Inspections").RequireAuthorization(Policies.InspectionParticipants);
        inspections.MapGet("/", ListAsync);
        inspections.MapGet("/{id:guid}", (Guid id, GetInspection.Handler h, CancellationToken ct) => h.HandleAsync(id, ct));
        inspections.MapGet("/{id:guid}/findings", async (Guid id, GetInspection.Handler h, CancellationToken ct) => TypedResults.Ok((await h.HandleAsync(id, ct)).Findings));
        inspections.MapPost("/{id:guid}/corrective-actions/{findingId:guid}", EvidenceAsync).Accepts<IFormFile>("multipart/form-data");

        var checklists = api.MapGroup("/inspection-checklists").WithTags("Inspections").RequireAuthorization(Policies.InspectionStaff);
        checklists.MapGet("/current", (PublishChecklist.Handler h, CancellationToken ct) => h.CurrentAsync(ct));
        checklists.MapPost("/", async (PublishChecklist.Command c, PublishChecklist.Handler h, CancellationToken ct) =>
            TypedResults.Created("/api/v1/inspection-checklists/current", new { version = await h.HandleAsync(c, ct) })).RequireAuthorization(Policies.Administrators);

        var staff = inspections.MapGroup("/").RequireAuthorization(Policies.InspectionStaff);
        staff.MapPost("/", async (CreateInspection.SpecialCommand c, CreateInspection.Handler h, CancellationToken ct) => Created(await h.SpecialAsync(c, ct)));
        staff.MapPost("/{id:guid}/follow-ups", async (Guid id, CreateFollowUpInspection.Command c, CreateFollowUpInspection.Handler h, CancellationToken ct) => Created(await h.HandleAsync(id, c, ct)));
        staff.MapPost("/{id:guid}/schedule", (Guid id, ScheduleInspection.Command c, ScheduleInspection.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, c, ct)));
        staff.MapPost("/{id:guid}/cancel", (Guid id, CancelInspection.Command c, CancelInspection.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, c, ct)));
        staff.MapPost("/{id:guid}/start", (Guid id, StartVisit.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, ct)));
        staff.MapPut("/{id:guid}/answers/{itemCode}", (Guid id, string itemCode, AnswerChecklistItem.Command c, AnswerChecklistItem.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, itemCode, c, ct)));
        staff.MapPost("/{id:guid}/answers/{itemCode}/photos", PhotoAsync).Accepts<IFormFile>("multipart/form-data");
        staff.MapGet("/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, DownloadInspectionPhoto.Handler h, CancellationToken ct) =>
        {
            var (document, content) = await h.HandleAsync(id, photoId, ct);
            return TypedResults.File(content, document.ContentType, document.FileName);
        }).WithName(ApiEndpointNames.InspectionPhoto).ProducesStoredDocument();
        staff.MapPost("/{id:guid}/complete", (Guid id, CompleteVisit.Command c, CompleteVisit.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, c, ct)));
        staff.MapPost("/{id:guid}/close", (Guid id, CloseInspection.Command c, CloseInspection.Handler h, CancellationToken ct) => Done(h.HandleAsync(id, c, ct)));
        staff.MapGet("/statistics", (int year, InspectionStatistics.Handler h, CancellationToken ct) => h.HandleAsync(year, ct));
        staff.MapGet("/statistics.csv", StatisticsCsvAsync).WithName(ApiEndpointNames.InspectionStatisticsCsv).ProducesDownload(Downloads.CsvType);
        staff.MapPost("/conflicts", (DeclareConflict.Command c, DeclareConflict.Handler h, CancellationToken ct) => Done(h.HandleAsync(c, ct)));
    }

    private static Created<IdResponse> Created(Guid id) => TypedResults.Created($"/api/v1/inspections/{id}", new IdResponse(id));

    private static async Task<NoContent> Done(Task action)
    {
        await action;
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Page<ListInspections.Item>>> ListAsync(bool? mine, Guid? planId, Guid? agencyId, InspectionStatus? status, DateOnly? from, DateOnly? to,
        int? page, int? pageSize, ListInspections.Handler h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(new ListInspections.Query(mine ?? false, planId, agencyId, status, from, to, page, pageSize), ct));

    private static async Task StatisticsCsvAsync(int year, InspectionStatistics.Handler h, HttpResponse response, CancellationToken ct)
    {
        var statistics = await h.HandleAsync(year, ct);
        await using var writer = await Csv.StartAsync(response, $"inspections-{year}.csv", [Keys.CsvSection, Keys.CsvKey, Keys.CsvNameKm, Keys.CsvNameEn,
            Keys.CsvInspections, Keys.CsvDone, Keys.CsvOverdue, Keys.CsvFindings, Keys.CsvMinor, Keys.CsvMajor, Keys.CsvCritical]);
        foreach (var p in statistics.ByProvince)
        {
            await writer.WriteRecordAsync(["province", p.ProvinceCode, p.Province.Km, p.Province.En, $"{p.Inspections}", $"{p.Done}", $"{p.Overdue}", $"{p.Findings}", "", "", ""], ct);
        }
        foreach (var i in statistics.ByItem)
        {
            await writer.WriteRecordAsync(["checklist-item", i.ItemCode, i.Item.Km, i.Item.En, "", "", "", $"{i.NonCompliant}", $"{i.Minor}", $"{i.Major}", $"{i.Critical}"], ct);
        }
    }

    /// <summary>multipart/form-data with one "file" (JPEG, PNG or PDF).</summary>
    private static async Task<Results<Created<IdResponse>, ValidationProblem>> PhotoAsync(Guid id, string itemCode, HttpRequest request, AttachInspectionPhoto.Handler h, CancellationToken ct)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [Catalogue.Say(Keys.SendThePhotoAsFileMultipart)] });
        }
        await using var content = file.OpenReadStream();
        var photoId = await h.HandleAsync(id, itemCode, content, file.FileName, ct);
        return TypedResults.Created($"/api/v1/inspections/{id}/photos/{photoId}", new IdResponse(photoId));
    }

    /// <summary>multipart/form-data with "note" and, optionally, one "file" (PDF, JPEG or PNG).</summary>
    private static async Task<NoContent> EvidenceAsync(Guid id, Guid findingId, HttpRequest request, SubmitCorrectiveEvidence.Handler h, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var file = form?.Files.GetFile("file");
        await using var content = file?.OpenReadStream();
        await h.HandleAsync(id, findingId, form?["note"].ToString() ?? "", content, file?.FileName, ct);
        return TypedResults.NoContent();
    }
}
