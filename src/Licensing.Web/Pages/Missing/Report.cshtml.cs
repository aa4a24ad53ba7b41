using Licensing.Application.Disappearances;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Missing;

/// <summary>
/// A family reports a worker abroad missing, without an account. The form's one-time token makes a
/// second press of the button lead to the same confirmation; that page shows the case number to quote.
/// </summary>
[EnableRateLimiting(PublicForms.MissingReport)]
public sealed class ReportModel : PageModel
{
    /// <summary>The form's fields, for asp-for; a refused post shows what was typed from ModelState.</summary>
    public ReportMissingRelative.Command? Report { get; }

    public async Task<IActionResult> OnPostAsync(ReportMissingRelative.Command report, [FromServices] ReportMissingRelative.Handler handler, CancellationToken ct)
    {
        ReportedCase? reported = null;
        if (!await this.TryAsync(async () => reported = await handler.HandleAsync(report, null, ct))) return Page();
        TempData["CaseNumber"] = reported!.Number;
        return RedirectToPage("Received");
    }
}
