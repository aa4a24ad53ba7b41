using Licensing.Api.Hosting;
using Licensing.Application.Security;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Texts;
using Licensing.Domain.Licences;
using Licensing.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Endpoints;

/// <summary>The licence register, its CSV export, certificates and status changes.</summary>
public static class LicenceEndpoints
{
    public sealed record StatusResponse(LicenceStatus Status);

    public static void MapLicenceEndpoints(this RouteGroupBuilder api)
    {
        var licences = api.MapGroup("/licences").WithTags("Licences").RequireAuthorization(Policies.RegisterReaders);
        licences.MapGet("/", ListAsync);
        licences.MapGet("/export.csv", ExportAsync).WithName(ApiEndpointNames.LicenceRegisterCsv).ProducesDownload(Downloads.CsvType);
        licences.MapGet("/{id:guid}", (Guid id, GetLicence.Handler handler, CancellationToken ct) => handler.HandleAsync(id, ct));
        licences.MapGet("/{id:guid}/certificate", CertificateAsync).WithName(ApiEndpointNames.LicenceCertificate).ProducesDownload(Downloads.PdfType).RequireAuthorization(Policies.LicensingParticipants);
        licences.MapPost("/{id:guid}/surrender", (Guid id, SurrenderLicence.Command c, SurrenderLicence.Handler h, CancellationToken ct) => Status(h.HandleAsync(id, c, ct)))
            .RequireAuthorization(Policies.LicensingParticipants);

        var officers = licences.MapGroup("/").RequireAuthorization(Policies.LicensingOfficers);
        officers.MapPost("/{id:guid}/suspend", (Guid id, SuspendLicence.Command c, SuspendLicence.Handler h, CancellationToken ct) => Status(h.HandleAsync(id, c, ct)));
        officers.MapPost("/{id:guid}/reinstate", (Guid id, ReinstateLicence.Command c, ReinstateLicence.Handler h, CancellationToken ct) => Status(h.HandleAsync(id, c, ct)));
        officers.MapPost("/{id:guid}/revoke", (Guid id, RevokeLicence.Command c, RevokeLicence.Handler h, CancellationToken ct) => Status(h.HandleAsync(id, c, ct)));
    }

    private static async Task<Ok<StatusResponse>> Status(Task<LicenceStatus> change) => TypedResults.Ok(new StatusResponse(await change));

    private static async Task<Ok<Page<ListLicences.Item>>> ListAsync(
        LicenceStatus? status, string? province, int? expiringWithinDays, string? search, int? page, int? pageSize, ListLicences.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new ListLicences.Query(status, province, expiringWithinDays, search, page, pageSize), ct));

    private static readonly string[] ExportColumns =
    [
        Keys.CsvNumber, Keys.CsvAgencyKm, Keys.CsvAgencyEn, Keys.CsvRegistrationNumber, Keys.CsvProvince, Keys.CsvProvinceKm, Keys.CsvProvinceEn,
        Keys.CsvStatus, Keys.CsvStatusKm, Keys.CsvStatusEn, Keys.CsvIssuedOn, Keys.CsvExpiresOn, Keys.CsvRenewalPending,
    ];

    /// <summary>Codes stay in their columns for scripts; each is followed by its name in Khmer and in English.</summary>
    private static async Task ExportAsync(LicenceStatus? status, string? province, int? expiringWithinDays, string? search,
        ListLicences.Handler handler, ReferenceNames names, HttpResponse response)
    {
        var provinces = await names.ProvincesAsync(response.HttpContext.RequestAborted);
        await Csv.StreamAsync(response, "licences.csv", ExportColumns,
            handler.StreamAsync(new ListLicences.Query(status, province, expiringWithinDays, search, null, null)),
            l =>
            {
                var (provinceName, statusName) = (ReferenceNames.Named(provinces, l.ProvinceCode), names.Term(l.Status));
                return [l.Number, l.AgencyNameKm, l.AgencyNameEn, l.RegistrationNumber, l.ProvinceCode, provinceName.Km, provinceName.En,
                    l.Status.ToString(), statusName.Km, statusName.En, l.IssuedOn.ToString("yyyy-MM-dd"), l.ExpiresOn.ToString("yyyy-MM-dd"), l.RenewalPending ? "yes" : "no"];
            });
    }

    private static async Task<FileContentHttpResult> CertificateAsync(Guid id, HttpRequest request, IOptions<PublicSiteOptions> site, GetLicenceCertificate.Handler handler, CancellationToken ct)
    {
        var (number, pdf) = await handler.HandleAsync(id, site.Value.BaseUrlFor(request), ct);
        return TypedResults.File(pdf, "application/pdf", $"{number}.pdf");
    }
}
