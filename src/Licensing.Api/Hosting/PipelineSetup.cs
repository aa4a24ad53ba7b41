using Licensing.Api.Endpoints;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Licensing.Api.Hosting;

public static class PipelineSetup
{
    /// <summary>The API's documentation page, served by a middleware rather than an endpoint.</summary>
    public const string ApiDocsPath = "/docs";

    public static WebApplication UseLicensing(this WebApplication app)
    {
        app.UseErrorResponses();
        // Outside the exception handler, so that a refusal thrown as an exception is recorded with its status.
        app.UseClientCallAudit();
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UseRequestLocalization(RequestLocalization.Options());
        app.UseRequestSizeLimit();
        app.MapStaticAssets().AllowAnonymous();
        // Routed here, inside the error responses, so that an error page is routed when the pipeline runs again for it.
        app.UseRouting();
        app.UseRoutingRefusals();
        // Before authorization, whose fallback policy also covers requests no endpoint answers: the API's documentation is public.
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = ApiDocsPath[1..];
            o.SwaggerEndpoint("/openapi/v1.json", "Licensing API v1");
            o.DocumentTitle = "Licensing API";
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTwoFactorRequirement();
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        var api = app.MapGroup("/api/v1").AddEndpointFilterFactory(ParameterRangeFilter.Create).AddEndpointFilterFactory(ValidationFilter.Create);
        api.MapAuthEndpoints();
        api.MapUserEndpoints();
        api.MapAdministrationEndpoints();
        api.MapInboxEndpoints();
        api.MapReferenceDataEndpoints();
        api.MapRestrictionEndpoints();
        api.MapAgencyEndpoints();
        api.MapLicenceApplicationEndpoints();
        api.MapLicenceEndpoints();
        api.MapPublicLicenceEndpoints();
        api.MapPublicClearanceEndpoints();
        api.MapInspectionEndpoints();
        api.MapJobOrderEndpoints();
        api.MapWorkerEndpoints();
        api.MapDeploymentEndpoints();
        api.MapWorkerStatisticsEndpoints();
        api.MapDisappearanceEndpoints();
        api.MapPublicComplaintEndpoints();
        api.MapComplaintEndpoints();
        api.MapAgencyComplaintEndpoints();
        api.MapEvaluationEndpoints();
        api.MapSanctionEndpoints();
        api.MapChangeEndpoints();
        api.MapWebhookSubscriptionEndpoints();

        app.MapOpenIdConnectEndpoints();
        app.MapBenchmarkEndpoints();
        app.MapLicensingHangfireDashboard();
        app.MapRazorPages();
        return app;
    }
}
