using Licensing.Web;

namespace Licensing.Api.Hosting;

/// <summary>
/// For a browser, a problem is not written as JSON: it is kept for the error page, and
/// <see cref="ErrorResponses"/> answers with that page once the request has unwound.
/// API clients fall through to the default RFC 9457 JSON writer.
/// </summary>
public sealed class HtmlProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => !context.HttpContext.Response.HasStarted && HtmlClients.WantsHtml(context.HttpContext.Request);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        context.ProblemDetails.Status ??= context.HttpContext.Response.StatusCode;
        context.HttpContext.Features.Set(new ErrorPageProblem(context.ProblemDetails));
        return ValueTask.CompletedTask;
    }
}
