using Licensing.Application.Security;
using Licensing.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Api.Hosting;

/// <summary>
/// Every error response that left the pipeline without a body: an API client gets an RFC 9457
/// problem, a browser (<see cref="HtmlClients"/>) the /error page in the site's layout and its
/// language, for the same status, reached by running the pipeline again as a GET of /error/{status}.
/// </summary>
public static class ErrorResponses
{
    public const string PagePath = "/error";

    /// <summary>Outermost, so that it also sees what the exception handler and the problem writers left.</summary>
    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app) => app.UseStatusCodePages(WriteAsync);

    /// <summary>
    /// Routing's own refusals (415 for a body type no endpoint accepts, 405 for a method) and an address
    /// nothing answers (404) are answered here, before authentication: a public endpoint must not answer
    /// "sign in first" to a wrong Content-Type, nor a mistyped address send a visitor to the login page. The OpenID Connect
    /// server answers its own addresses during authentication.
    /// </summary>
    public static IApplicationBuilder UseRoutingRefusals(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var endpoint = context.GetEndpoint();
        var path = context.Request.Path;
        if (endpoint is not RouteEndpoint && (path.StartsWithSegments(OpenIdConnectPaths.Prefix) || path.StartsWithSegments(OpenIdConnectPaths.WellKnown)))
        {
            return next(context);
        }
        if (endpoint is null && !path.StartsWithSegments(PipelineSetup.ApiDocsPath))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return endpoint is not RouteEndpoint && endpoint?.Metadata.Count == 0 && endpoint.RequestDelegate is { } refuse ? refuse(context) : next(context);
    });

    /// <summary>
    /// A body declared larger than the server reads is refused at once with 413, whatever the host
    /// (Kestrel would refuse it only when the body is read, the test host not at all).
    /// </summary>
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var showingErrorPage = context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (showingErrorPage || context.Request.ContentLength is not > ServiceSetup.MaxRequestBytes) return next(context);
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Task.CompletedTask;
    });

    private static async Task WriteAsync(StatusCodeContext status)
    {
        var http = status.HttpContext;
        if (HtmlClients.WantsHtml(http.Request))
        {
            await ShowPageAsync(status);
            return;
        }
        var (title, detail) = StatusTexts.For(http.Response.StatusCode, http.Request);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = new ProblemDetails { Status = http.Response.StatusCode, Title = title, Detail = detail } });
    }

    private static async Task ShowPageAsync(StatusCodeContext status)
    {
        var http = status.HttpContext;
        var request = http.Request;
        var (path, query, method, endpoint) = (request.Path, request.QueryString, request.Method, http.GetEndpoint());
        http.Features.Set<IStatusCodeReExecuteFeature>(new ReExecution
        {
            OriginalPath = path.Value!, OriginalPathBase = request.PathBase.Value!, OriginalQueryString = query.Value,
            OriginalStatusCode = http.Response.StatusCode, Endpoint = endpoint, RouteValues = new(request.RouteValues),
        });
        if (http.Features.Get<ErrorPageProblem>() is null)
        {
            var (title, detail) = StatusTexts.For(http.Response.StatusCode, request);
            http.Features.Set(new ErrorPageProblem(new ProblemDetails { Status = http.Response.StatusCode, Title = title, Detail = detail }));
        }
        http.SetEndpoint(null);
        request.RouteValues.Clear();
        (request.Path, request.QueryString, request.Method) = ($"{PagePath}/{http.Response.StatusCode}", QueryString.Empty, HttpMethods.Get);
        try
        {
            await status.Next(http);
        }
        finally
        {
            (request.Path, request.QueryString, request.Method) = (path, query, method);
        }
    }

    private sealed class ReExecution : IStatusCodeReExecuteFeature
    {
        public required string OriginalPathBase { get; set; }
        public required string OriginalPath { get; set; }
        public string? OriginalQueryString { get; set; }
        public required int OriginalStatusCode { get; init; }
        public Endpoint? Endpoint { get; init; }
        public RouteValueDictionary? RouteValues { get; init; }
    }
}
