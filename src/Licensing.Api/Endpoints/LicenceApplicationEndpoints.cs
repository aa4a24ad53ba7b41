using Licensing.Api.Hosting;
using Licensing.Application.Applications;
using Licensing.Application.Common;
using Licensing.Application.Security;
using Licensing.Application.Texts;
using Licensing.Domain.Applications;
using Licensing.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>Licence applications: the agency drafts, uploads and submits; licensing officers review and decide.</summary>
public static class LicenceApplicationEndpoints
{
    public static void MapLicenceApplicationEndpoints(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/licence-applications").WithTags("Licence applications").RequireAuthorization(Policies.LicensingParticipants);
        applications.MapGet("/", ListAsync);
        applications.MapPost("/", CreateAsync);
        applications.MapGet("/{id:guid}", (Guid id, GetApplication.Handler handler, CancellationToken ct) => handler.HandleAsync(id, ct));
        applications.MapPut("/{id:guid}/details", FillAsync);
        applications.MapPost("/{id:guid}/documents", UploadAsync).Accepts<IFormFile>("multipart/form-data");
        applications.MapGet("/{id:guid}/documents/{documentId:guid}", DownloadAsync).WithName(ApiEndpointNames.LicenceApplicationDocument).ProducesStoredDocument();
        applications.MapPost("/{id:guid}/submit", SubmitAsync);
        applications.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawApplication.Command reason, WithdrawApplication.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, reason, ct)));

        var decisions = applications.MapGroup("/").RequireAuthorization(Policies.LicensingOfficers);
        decisions.MapPost("/{id:guid}/start-review", (Guid id, StartApplicationReview.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, ct)));
        decisions.MapPost("/{id:guid}/request-information", (Guid id, RequestApplicationInformation.Command reason, RequestApplicationInformation.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, reason, ct)));
        decisions.MapPost("/{id:guid}/reject", (Guid id, RejectApplication.Command reason, RejectApplication.Handler handler, CancellationToken ct) => Done(handler.HandleAsync(id, reason, ct)));
        decisions.MapPost("/{id:guid}/approve", ApproveAsync);
    }

    private static async Task<NoContent> Done(Task action)
    {
        await action;
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Page<ListApplications.Item>>> ListAsync(ApplicationStatus? status, int? page, int? pageSize, ListApplications.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new ListApplications.Query(status, page, pageSize), ct));

    private static async Task<Created<IdResponse>> CreateAsync(CreateApplication.Command command, CreateApplication.Handler handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(command, ct);
        return TypedResults.Created($"/api/v1/licence-applications/{id}", new IdResponse(id));
    }

    private static Task<NoContent> FillAsync(Guid id, FillApplication.Command command, FillApplication.Handler handler, CancellationToken ct) =>
        Done(handler.HandleAsync(id, command, ct));

    private static Task<NoContent> SubmitAsync(Guid id, SubmitApplication.Command command, SubmitApplication.Handler handler, CancellationToken ct) =>
        Done(handler.HandleAsync(id, command, ct));

    private static async Task<Ok<ApproveApplication.Approved>> ApproveAsync(Guid id, ApproveApplication.Command command, ApproveApplication.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(id, command, ct));

    /// <summary>multipart/form-data with "requirementCode" and one "file".</summary>
    private static async Task<Results<Created<UploadApplicationDocument.Uploaded>, ValidationProblem>> UploadAsync(
        Guid id, HttpRequest request, UploadApplicationDocument.Handler handler, CancellationToken ct)
    {
        if (!request.HasFormContentType) return MissingFile();
        var form = await request.ReadFormAsync(ct);
        var requirement = form["requirementCode"].ToString();
        var file = form.Files.GetFile("file");
        if (file is null || string.IsNullOrWhiteSpace(requirement)) return MissingFile();

        await using var content = file.OpenReadStream();
        var uploaded = await handler.HandleAsync(id, requirement, content, file.FileName, ct);
        return TypedResults.Created($"/api/v1/licence-applications/{id}/documents/{uploaded.Id}", uploaded);
    }

    private static ValidationProblem MissingFile() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["file"] = [Catalogue.Say(Keys.SendOneFileAsFileAnd)],
    });

    private static async Task<FileStreamHttpResult> DownloadAsync(Guid id, Guid documentId, DownloadApplicationDocument.Handler handler, CancellationToken ct)
    {
        var file = await handler.HandleAsync(id, documentId, ct);
        return TypedResults.File(file.Content, file.Document.ContentType, file.Document.FileName);
    }
}
