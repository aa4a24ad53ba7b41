using Licensing.Application.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;

namespace Licensing.Web.Filters;

/// <summary>
/// Post/redirect/get with a one-time form token (the _FormToken partial in a form that creates something).
/// The first post claims the token; when it redirects, it created something, and the token remembers where
/// it led. The same form posted again (a reload, the back button, a double tap) creates nothing and is sent
/// there too, after waiting briefly for a first post still being handled. A refused post gives the token back.
/// </summary>
public sealed class OneTimeFormFilter(FormSubmissions submissions, IUrlHelperFactory urls) : IAsyncPageFilter
{
    public const string FieldName = "FormToken";
    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(250);
    private const int WaitSteps = 20;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var token = HttpMethods.IsPost(request.Method) && request.HasFormContentType ? request.Form[FieldName].ToString() : "";
        if (token.Length is 0 or > FormSubmissions.MaxTokenLength)
        {
            await next();
            return;
        }
        var cancellationToken = context.HttpContext.RequestAborted;
        if (await submissions.ClaimAsync(token, cancellationToken) is { } earlier)
        {
            var led = earlier.ResultUrl ?? await WaitForResultAsync(token, cancellationToken);
            context.Result = new LocalRedirectResult(led ?? $"{request.PathBase}{request.Path}");
            return;
        }
        var executed = await next();
        if (executed.Exception is null && ResultUrl(executed) is { } url) await submissions.CompleteAsync(token, url, CancellationToken.None);
        else await submissions.ReleaseAsync(token, CancellationToken.None);
    }

    private async Task<string?> WaitForResultAsync(string token, CancellationToken cancellationToken)
    {
        for (var i = 0; i < WaitSteps; i++)
        {
            await Task.Delay(WaitStep, cancellationToken);
            if (await submissions.ResultOfAsync(token, cancellationToken) is { } url) return url;
        }
        return null;
    }

    private string? ResultUrl(PageHandlerExecutedContext executed) => executed.Result switch
    {
        RedirectToPageResult page => urls.GetUrlHelper(executed).Page(page.PageName, page.PageHandler, page.RouteValues),
        LocalRedirectResult local => local.Url,
        RedirectResult redirect when redirect.Url.StartsWith('/') => redirect.Url,
        _ => null,
    };
}
