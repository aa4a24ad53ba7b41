using Licensing.Application.Workers;
using Licensing.Application.Security;
using Licensing.Application.Texts;
using Licensing.Web;

namespace Licensing.Api.Endpoints;

/// <summary>Deployment, return and repatriation counts in the caller's scope, as JSON or CSV; and the Prakas 253 contract checklist.</summary>
public static class WorkerStatisticsEndpoints
{
    public static void MapWorkerStatisticsEndpoints(this RouteGroupBuilder api)
    {
        var statistics = api.MapGroup("/worker-statistics").WithTags("Workers").RequireAuthorization(Policies.WorkerViewers);
        statistics.MapGet("/", ([AsParameters] WorkerStatistics.Query query, WorkerStatistics.Handler handler, CancellationToken ct) => handler.HandleAsync(query, ct))
            .WithDescription("groupBy: Country, Sex, Sector, Province or Month; filters country, sex, sector, province; from and to as yyyy-mm.");
        statistics.MapGet("/export.csv", ExportAsync).WithName(ApiEndpointNames.WorkerStatisticsCsv).ProducesDownload(Downloads.CsvType);

        var clauses = api.MapGroup("/contract-clauses").WithTags("Workers");
        clauses.MapGet("/", (bool? activeOnly, ManageContractClauses.Handler handler, CancellationToken ct) => handler.ListAsync(activeOnly ?? false, ct))
            .RequireAuthorization(Policies.WorkerViewers);
        clauses.MapPut("/", async (ManageContractClauses.Command command, ManageContractClauses.Handler handler, CancellationToken ct) =>
        {
            await handler.SaveAsync(command, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.Administrators);
    }

    private static string GroupColumn(WorkerStatistics.Dimension dimension) => dimension switch
    {
        WorkerStatistics.Dimension.Sex => Keys.CsvSex,
        WorkerStatistics.Dimension.Sector => Keys.CsvSector,
        WorkerStatistics.Dimension.Province => Keys.CsvProvince,
        WorkerStatistics.Dimension.Month => Keys.CsvMonth,
        _ => Keys.CsvCountry,
    };

    /// <summary>The group's code, its name in the reader's language, the counts, then its name in Khmer and in English.</summary>
    private static async Task ExportAsync([AsParameters] WorkerStatistics.Query query, WorkerStatistics.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.HandleAsync(query, ct);
        await using var writer = await Csv.StartAsync(response, "worker-statistics.csv",
            [GroupColumn(result.GroupBy), Keys.CsvLabel, Keys.CsvDeployments, Keys.CsvReturns, Keys.CsvRepatriations, Keys.CsvNameKm, Keys.CsvNameEn]);
        foreach (var row in result.Rows.Append(result.Total))
        {
            await writer.WriteRecordAsync([row.Key, row.Label, row.Deployments.ToString(), row.Returns.ToString(), row.Repatriations.ToString(), row.Name.Km, row.Name.En], ct);
        }
    }
}
