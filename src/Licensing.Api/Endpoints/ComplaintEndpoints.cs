using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Application.Texts;
using Licensing.Domain.Complaints;
using Licensing.Application.Security;
using Licensing.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>Officers' complaints: the scoped list and record (reading it is audited), the dashboard, statistics, and filing on someone's behalf.</summary>
public static class ComplaintEndpoints
{
    public static void MapComplaintEndpoints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints").RequireAuthorization(Policies.ComplaintStaff);
        complaints.MapGet("/", ListAsync);
        complaints.MapPost("/", FileOnBehalfAsync).WithDescription("An officer files for a worker; the answer holds the code and PIN to give them.");
        complaints.MapGet("/dashboard", (ComplaintDashboard.Handler handler, CancellationToken ct) => handler.HandleAsync(ct));
        complaints.MapGet("/statistics", ([AsParameters] ComplaintStatistics.Query query, ComplaintStatistics.Handler handler, CancellationToken ct) => handler.HandleAsync(query, ct))
            .WithDescription("from and to as yyyy-mm-dd (date received).");
        complaints.MapGet("/statistics/export.csv", ExportAsync).WithName(ApiEndpointNames.ComplaintStatisticsCsv).ProducesDownload(Downloads.CsvType);
        complaints.MapGet("/{id:guid}", (Guid id, GetComplaint.Handler handler, CancellationToken ct) => handler.HandleAsync(id, ct))
            .WithDescription("The whole complaint with the complainant's identity; every call is audited.");
        complaints.MapGet("/{id:guid}/evidence/{evidenceId:guid}", DownloadEvidenceAsync).WithName(ApiEndpointNames.ComplaintEvidence).ProducesStoredDocument();
        complaints.MapComplaintHandlingEndpoints();
    }

    private static async Task<Ok<Page<ListComplaints.Item>>> ListAsync(
        ComplaintStatus? status, string? province, Guid? agencyId, bool? overdue, bool? mine, int? page, int? pageSize, ListComplaints.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new ListComplaints.Query(status, province, agencyId, overdue, mine, page, pageSize), ct));

    private static async Task<Created<FileComplaint.Receipt>> FileOnBehalfAsync(FileComplaint.Command command, FileComplaint.Handler handler, CancellationToken ct)
    {
        var receipt = await handler.HandleAsync(command, [], ct);
        return TypedResults.Created($"/api/v1/complaints/{receipt.Id}", receipt);
    }

    private static async Task<FileStreamHttpResult> DownloadEvidenceAsync(Guid id, Guid evidenceId, GetComplaint.Handler handler, CancellationToken ct)
    {
        var file = await handler.DownloadEvidenceAsync(id, evidenceId, ct);
        return TypedResults.File(file.Content, file.Document.ContentType, file.Document.FileName);
    }

    private static async Task ExportAsync([AsParameters] ComplaintStatistics.Query query, ComplaintStatistics.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.HandleAsync(query, ct);
        await using var writer = await Csv.StartAsync(response, "complaint-statistics.csv",
            [Keys.CsvDimension, Keys.CsvKey, Keys.CsvNameKm, Keys.CsvNameEn, Keys.CsvComplaints, Keys.CsvDeployedWorkers, Keys.CsvPer100Deployed]);
        foreach (var (dimension, rows) in new[] { ("category", result.ByCategory), ("province", result.ByProvince), ("outcome", result.ByOutcome) })
        {
            foreach (var row in rows) await writer.WriteRecordAsync([dimension, row.Key, row.NameKm, row.NameEn, row.Complaints.ToString(), "", ""], ct);
        }
        foreach (var row in result.ByAgency)
        {
            await writer.WriteRecordAsync(["agency", row.AgencyId.ToString(), row.NameKm, row.NameEn, row.Complaints.ToString(), row.DeployedWorkers.ToString(),
                row.PerHundredDeployed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""], ct);
        }
        await writer.WriteRecordAsync(["total", "", "", "", result.Total.ToString(), "", ""], ct);
    }
}
