using Licensing.Application.Common;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Licensing.Web.Filters;

/// <summary>
/// Post/redirect/get with a one-time form token (every posting form has one: FormTokenTagHelper, ADR-031).
/// The first post claims the token; when it redirects, it did something, and the token remembers where
/// it led. The same form posted again (a reload, the back button, a double tap) does nothing and is sent
/// there too, after waiting briefly for a first post still being handled, with a notice saying so.
/// A refused post gives the token back.
/// </summary>
public sealed class OneTimeFormFilter(FormSubmissions submissions, IUrlHelperFactory urls, ITempDataDictionaryFactory tempData) : IAsyncPageFilter
{
    public const string FieldName = "FormToken";
    public const string ReplayNotice = "FormReplayed";
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
            tempData.GetTempData(context.HttpContext)[ReplayNotice] = Catalogue.Say(Keys.FormAlreadySent);
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
