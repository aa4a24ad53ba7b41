using Licensing.Application.Common;
using Licensing.Application.Sanctions;
using Licensing.Domain.Sanctions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Evaluations;

/// <summary>A decision-maker imposes a sanction for a source other than an evaluation (a critical inspection finding).</summary>
public sealed class ImposeModel(ImposeSanction.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid AgencyId { get; set; }
    [BindProperty(SupportsGet = true)] public SanctionSource Source { get; set; }
    [BindProperty(SupportsGet = true)] public Guid SourceId { get; set; }

    public async Task<IActionResult> OnPostAsync(ImposeSanction.Command sanction, CancellationToken ct)
    {
        Guid id = default;
        if (await this.TryAsync(async () => id = await handler.HandleAsync(sanction, ct), Text.Pick("The sanction was imposed.", "ទណ្ឌកម្មត្រូវបានដាក់។")))
        {
            return RedirectToPage("/Evaluations/Sanction", new { id });
        }
        return Page();
    }
}
