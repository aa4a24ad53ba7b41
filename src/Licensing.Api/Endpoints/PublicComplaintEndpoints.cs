using Licensing.Application.Complaints;
using Licensing.Application.Texts;
using Licensing.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>
/// Anyone, without signing in, files a complaint and follows it with its code and PIN; rate-limited
/// per client. The PIN travels in the body, never in the address.
/// </summary>
public static class PublicComplaintEndpoints
{
    public static void MapPublicComplaintEndpoints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/public/complaints").WithTags("Public complaints").AllowAnonymous().RequireRateLimiting(PublicForms.ComplaintFiling);
        complaints.MapPost("/", FileAsync).WithDescription(
            "Files a complaint. Give agencyId (see /agencies) or unlicensedRecruiter. The answer holds the tracking code and the PIN, shown only this once. "
            + "Leave 'website' empty. Evidence files go to /evidence afterwards.");
        complaints.MapGet("/agencies", async Task<Ok<IReadOnlyList<FindRespondent.Agency>>> (string? query, FindRespondent.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)));
        complaints.MapPost("/track", async Task<Ok<TrackComplaint.View>> (TrackComplaint.Query query, TrackComplaint.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireRateLimiting(PublicForms.ComplaintTracking)
            .WithDescription("Where the complaint stands. A wrong code or PIN answers 404; after five wrong PINs the complaint is locked for 15 minutes, answered 409 complaint_locked with the time it opens again.");
        complaints.MapPost("/respond", async Task<Ok<TrackComplaint.View>> (RespondAsComplainant.Command command, RespondAsComplainant.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(command, ct)))
            .RequireRateLimiting(PublicForms.ComplaintTracking)
            .WithDescription("action: AddInformation (also to answer a question), Withdraw, or Reopen (within the reopening window, with a reason).");
        // No Accepts<IFormFile>() metadata: a request of another content type would then fall to a 415 endpoint outside this anonymous group and be asked to sign in.
        complaints.MapPost("/evidence", EvidenceAsync)
            .WithDescription("multipart/form-data with 'code', 'pin' and one photo (JPEG, PNG) or PDF as 'file'.");
    }

    private static async Task<Created<FileComplaint.Receipt>> FileAsync(FileComplaint.Command command, FileComplaint.Handler handler, CancellationToken ct)
    {
        var receipt = await handler.HandleAsync(command, [], ct);
        return TypedResults.Created("/api/v1/public/complaints/track", receipt);
    }

    private static async Task<Results<NoContent, ValidationProblem>> EvidenceAsync(HttpRequest request, AddComplainantEvidence.Handler handler, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        if (form?.Files.GetFile("file") is not { } file) return Uploads.MissingFile(Keys.SendOnePhotoOrPdfAsFile);
        await using var content = file.OpenReadStream();
        await handler.HandleAsync(form["code"].ToString(), form["pin"].ToString(), content, file.FileName, ct);
        return TypedResults.NoContent();
    }
}
