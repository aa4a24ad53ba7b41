using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Web;

/// <summary>The names of the API endpoints the pages link to (files, exports, the alert stream); the API maps them with these names.</summary>
public static class ApiEndpointNames
{
    public const string LicenceCertificate = nameof(LicenceCertificate);
    public const string LicenceRegisterCsv = nameof(LicenceRegisterCsv);
    public const string LicenceApplicationDocument = nameof(LicenceApplicationDocument);
    public const string ComplaintEvidence = nameof(ComplaintEvidence);
    public const string ComplaintStatisticsCsv = nameof(ComplaintStatisticsCsv);
    public const string AlertStream = nameof(AlertStream);
    public const string DeploymentContract = nameof(DeploymentContract);
    public const string DepartureClearanceDocument = nameof(DepartureClearanceDocument);
    public const string WorkerStatisticsCsv = nameof(WorkerStatisticsCsv);
    public const string InspectionPhoto = nameof(InspectionPhoto);
    public const string InspectionStatisticsCsv = nameof(InspectionStatisticsCsv);
}

public static class ApiLinks
{
    /// <summary>The path of a named API endpoint; values not in its route become the query string.</summary>
    public static string Api(this IUrlHelper url, string endpointName, object? values = null)
    {
        var http = url.ActionContext.HttpContext;
        return http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByName(http, endpointName, values)
            ?? throw new InvalidOperationException($"No API endpoint is named {endpointName}.");
    }
}
