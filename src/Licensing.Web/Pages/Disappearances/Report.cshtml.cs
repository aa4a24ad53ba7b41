using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.Texts;
using Licensing.Application.Workers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Disappearances;

/// <summary>
/// Agency staff (or an officer) report a deployed worker missing. A hidden key makes a double
/// submission open one case; a refused form keeps everything typed.
/// </summary>
public sealed class ReportModel(GetWorker.Handler workers) : PageModel
{
    public GetWorker.Detail Worker { get; private set; } = null!;
    public string IdempotencyKey { get; private set; } = "";

    /// <summary>The form's fields, for asp-for; a refused post shows what was typed from ModelState.</summary>
    public ReportDisappearance.Command? Report { get; }

    public async Task OnGetAsync(Guid workerId, CancellationToken ct)
    {
        Worker = await workers.HandleAsync(workerId, ct);
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }

    public async Task<IActionResult> OnPostAsync(
        ReportDisappearance.Command report, string? idempotencyKey, [FromServices] ReportDisappearance.Handler handler, CancellationToken ct)
    {
        ReportedCase? reported = null;
        if (await this.TryAsync(async () => reported = await handler.HandleAsync(report, idempotencyKey, ct),
                Catalogue.Say(Keys.TheCaseIsOpenAndEvery)))
        {
            return RedirectToPage("Case", new { id = reported!.Id });
        }
        Worker = await workers.HandleAsync(report.WorkerId ?? Guid.Empty, ct);
        IdempotencyKey = idempotencyKey ?? Guid.NewGuid().ToString("N");
        return Page();
    }
}
