using Licensing.Application.Security;
using Licensing.Application.Texts;
using Licensing.Application.Workers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>
/// The steps of a worker's open deployment, recorded by the agency's staff: pre-departure
/// records, fees, departure (refused with the list of unmet conditions), arrival, on-site
/// services, repatriation and return. The departure needs the departure clearance the system issues.
/// </summary>
public static class DeploymentEndpoints
{
    public static void MapDeploymentEndpoints(this RouteGroupBuilder api)
    {
        var steps = api.MapGroup("/workers/{id:guid}").WithTags("Workers").RequireAuthorization(Policies.AgencyStaff);
        steps.MapPut("/medical", (Guid id, RecordMedicalCheck.Command command, RecordMedicalCheck.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, command, ct)));
        steps.MapPut("/orientation", (Guid id, RecordOrientation.Command command, RecordOrientation.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, command, ct)));
        steps.MapPut("/travel-documents", (Guid id, RecordTravelDocuments.Command command, RecordTravelDocuments.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, command, ct)));
        steps.MapPut("/contract", (Guid id, RecordContract.Command command, RecordContract.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, command, ct)));
        steps.MapPost("/contract/document", UploadContractAsync).Accepts<IFormFile>("multipart/form-data")
            .WithDescription("The signed contract as 'file' (multipart/form-data): PDF, JPEG or PNG.");
        steps.MapPost("/fees", async (Guid id, RecordFee.Command command, RecordFee.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(id, command, ct)));
        steps.MapPost("/clearances", RequestClearanceAsync)
            .WithDescription("The system judges every pre-departure condition today and issues a departure clearance (201), or answers 409 with 'missing' listing every unmet condition (code and message).");
        steps.MapPost("/deploy", (Guid id, DeployWorker.Command command, DeployWorker.Handler handler, CancellationToken ct) => Done(handler.DeployAsync(id, command, ct)))
            .WithDescription("Records the departure on its real date against the worker's departure clearance: 409 without a valid clearance, 422 for a date in the future or before the clearance.");
        steps.MapPost("/arrival", (Guid id, ConfirmArrival.Command command, ConfirmArrival.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, command, ct)));
        steps.MapPost("/on-site-services", async (Guid id, LogOnSiteService.Command command, LogOnSiteService.Handler handler, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/workers/{id}", new IdResponse(await handler.HandleAsync(id, command, ct))));
        steps.MapPost("/repatriations", async (Guid id, OpenRepatriation.Command command, OpenRepatriation.Handler handler, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/workers/{id}", new IdResponse(await handler.HandleAsync(id, command, ct))));
        steps.MapPut("/repatriations/{caseId:guid}", (Guid id, Guid caseId, UpdateRepatriation.Command command, UpdateRepatriation.Handler handler, CancellationToken ct) =>
            Done(handler.HandleAsync(id, caseId, command, ct)));
        steps.MapPost("/return", (Guid id, RecordReturn.Command command, RecordReturn.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, command, ct)));
    }

    private static async Task<NoContent> Done(Task action)
    {
        await action;
        return TypedResults.NoContent();
    }

    private static async Task<Created<RequestClearance.Issued>> RequestClearanceAsync(Guid id, RequestClearance.Handler handler, CancellationToken ct)
    {
        var issued = await handler.HandleAsync(id, ct);
        return TypedResults.Created($"/api/v1/public/clearances/{issued.Number}", issued);
    }

    private static async Task<Results<NoContent, ValidationProblem>> UploadContractAsync(Guid id, HttpRequest request, UploadSignedContract.Handler handler, CancellationToken ct)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null) return Uploads.MissingFile(Keys.SendTheSignedContractAsFile);
        await using var content = file.OpenReadStream();
        await handler.HandleAsync(id, content, file.FileName, ct);
        return TypedResults.NoContent();
    }
}
