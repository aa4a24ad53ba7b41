using Licensing.Api.Hosting;
using Licensing.Application.Common;
using Licensing.Application.Security;
using Licensing.Application.Texts;
using Licensing.Application.Workers;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Licensing.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Endpoints;

/// <summary>Migrant workers: registration and CSV import by agencies, and the scoped register and full record for everyone who may see them.</summary>
public static class WorkerEndpoints
{
    /// <summary>Room for the form's boundaries beside the largest CSV file allowed.</summary>
    private const int UploadOverhead = 64 * 1024;

    public static void MapWorkerEndpoints(this RouteGroupBuilder api)
    {
        var workers = api.MapGroup("/workers").WithTags("Workers").RequireAuthorization(Policies.WorkerViewers);
        workers.MapGet("/", ListAsync);
        workers.MapGet("/{id:guid}", (Guid id, GetWorker.Handler handler, CancellationToken ct) => handler.HandleAsync(id, ct))
            .WithDescription("The full record; identity numbers are masked for embassy and provincial officers, and every call is audited.");
        workers.MapGet("/{id:guid}/deployments/{deploymentId:guid}/contract", DownloadContractAsync).WithName(ApiEndpointNames.DeploymentContract).ProducesStoredDocument();
        workers.MapGet("/{id:guid}/clearances/{clearanceId:guid}/document", ClearanceDocumentAsync).WithName(ApiEndpointNames.DepartureClearanceDocument).ProducesDownload(Downloads.PdfType)
            .WithDescription("The departure clearance as a PDF (Khmer and English) with a QR code to its public check.");

        var agency = workers.MapGroup("/").RequireAuthorization(Policies.AgencyStaff);
        agency.MapPost("/", RegisterAsync);
        agency.MapPost("/import", ImportAsync).Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(ImportWorkers.MaxBytes + UploadOverhead))
            .WithFormOptions(multipartBodyLengthLimit: ImportWorkers.MaxBytes + UploadOverhead)
            .WithDescription(
            $"multipart/form-data with one CSV file as 'file' (UTF-8, comma-separated, at most {ImportWorkers.MaxBytes / (1024 * 1024)} MB; read as a stream). The first row names the columns: "
            + ImportWorkers.Header(Languages.English) + " (or the same columns named in Khmer). sex is F or M; date_of_birth is yyyy-mm-dd; province_code as in /api/v1/reference/provinces; passport_number may be empty. "
            + "Good rows are imported; the report counts them and lists each row not imported (AlreadyRegistered, Rejected) by its line number, with the reason.");
        agency.MapPost("/{id:guid}/deployments", StartDeploymentAsync);
    }

    private static async Task<Ok<Page<ListWorkers.Item>>> ListAsync(
        string? search, DeploymentStatus? status, string? country, int? page, int? pageSize, ListWorkers.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new ListWorkers.Query(search, status, country, page, pageSize), ct));

    private static async Task<Created<IdResponse>> RegisterAsync(RegisterWorker.Command command, RegisterWorker.Handler handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(command, ct);
        return TypedResults.Created($"/api/v1/workers/{id}", new IdResponse(id));
    }

    private static async Task<Created<IdResponse>> StartDeploymentAsync(Guid id, StartDeployment.Command command, StartDeployment.Handler handler, CancellationToken ct)
    {
        var deploymentId = await handler.HandleAsync(id, command, ct);
        return TypedResults.Created($"/api/v1/workers/{id}", new IdResponse(deploymentId));
    }

    private static async Task<Results<Ok<ImportWorkers.Report>, ValidationProblem>> ImportAsync(HttpRequest request, ImportWorkers.Handler handler, CancellationToken ct)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null) return Uploads.MissingFile(Keys.SendOneCsvFileAsFile);
        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await handler.HandleAsync(content, ct));
    }

    private static async Task<FileContentHttpResult> ClearanceDocumentAsync(
        Guid id, Guid clearanceId, HttpRequest request, IOptions<PublicSiteOptions> site, GetClearanceDocument.Handler handler, CancellationToken ct)
    {
        var (number, pdf) = await handler.HandleAsync(id, clearanceId, site.Value.BaseUrlFor(request), ct);
        return TypedResults.File(pdf, "application/pdf", $"{number}.pdf");
    }

    private static async Task<FileStreamHttpResult> DownloadContractAsync(Guid id, Guid deploymentId, DownloadSignedContract.Handler handler, CancellationToken ct)
    {
        var file = await handler.HandleAsync(id, deploymentId, ct);
        return TypedResults.File(file.Content, file.Document.ContentType, file.Document.FileName);
    }
}
