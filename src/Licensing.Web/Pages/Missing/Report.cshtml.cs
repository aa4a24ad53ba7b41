using Licensing.Application.Disappearances;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Missing;

/// <summary>
/// A family reports a worker abroad missing, without an account. A hidden key makes a second
/// press of the button return the same case; the page then shows the case number to quote.
/// </summary>
[EnableRateLimiting(PublicForms.MissingReport)]
public sealed class ReportModel : PageModel
{
    public string IdempotencyKey { get; private set; } = "";

    /// <summary>The form's fields, for asp-for; a refused post shows what was typed from ModelState.</summary>
    public ReportMissingRelative.Command? Report { get; }

    public void OnGet() => IdempotencyKey = Guid.NewGuid().ToString("N");

    public async Task<IActionResult> OnPostAsync(
        ReportMissingRelative.Command report, string? idempotencyKey, [FromServices] ReportMissingRelative.Handler handler, CancellationToken ct)
    {
        ReportedCase? reported = null;
        if (await this.TryAsync(async () => reported = await handler.HandleAsync(report, idempotencyKey, ct)))
        {
            TempData["CaseNumber"] = reported!.Number;
            return RedirectToPage("Received");
        }
        IdempotencyKey = idempotencyKey ?? Guid.NewGuid().ToString("N");
        return Page();
    }
}
