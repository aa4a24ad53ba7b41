using Licensing.Application.ReferenceData;

namespace Licensing.Api.Endpoints;

/// <summary>Countries, provinces and sectors: public, so that public forms can offer them.</summary>
public static class ReferenceDataEndpoints
{
    public static void MapReferenceDataEndpoints(this RouteGroupBuilder api)
    {
        var reference = api.MapGroup("/reference").WithTags("Reference data").AllowAnonymous();
        reference.MapGet("/countries", (ListReferenceData.Handler handler, CancellationToken ct) => handler.CountriesAsync(ct));
        reference.MapGet("/provinces", (ListReferenceData.Handler handler, CancellationToken ct) => handler.ProvincesAsync(ct));
        reference.MapGet("/sectors", (ListReferenceData.Handler handler, CancellationToken ct) => handler.SectorsAsync(ct));
    }
}
