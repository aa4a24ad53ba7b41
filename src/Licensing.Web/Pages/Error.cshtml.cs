using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages;

/// <summary>
/// The error page a browser gets instead of problem JSON: the status in words, what to do next,
/// how long to wait after too many attempts, the trace id of a failure, and MLVT's hotline.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(HotlineNumber hotline) : PageModel
{
    public int Status { get; private set; }
    public ProblemDetails? Problem { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public TimeSpan? Wait { get; private set; }
    public string Hotline { get; private set; } = "";
    public string TraceId => HttpContext.TraceIdentifier;

    public async Task OnGetAsync(int? status, CancellationToken cancellationToken)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Status = reExecuted?.OriginalStatusCode ?? status ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
        Problem = HttpContext.Features.Get<ErrorPageProblem>()?.Problem;
        Errors = Problem is HttpValidationProblemDetails validation ? validation.Errors.SelectMany(e => e.Value).ToList() : [];
        if (int.TryParse(Response.Headers.RetryAfter, out var seconds)) Wait = TimeSpan.FromSeconds(seconds);
        if (reExecuted is not null) ViewData["ReturnUrl"] = reExecuted.OriginalPath + reExecuted.OriginalQueryString;
        Hotline = await hotline.GetAsync(cancellationToken);
    }
}
