using Licensing.Application.Common;
using Licensing.Application.Sanctions;
using Licensing.Application.Texts;
using Licensing.Domain.Sanctions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Evaluations;

/// <summary>A decision-maker imposes a sanction for a source other than an evaluation (a critical inspection finding).</summary>
public sealed class ImposeModel(ImposeSanction.Handler handler, BusinessCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid AgencyId { get; set; }
    [BindProperty(SupportsGet = true)] public SanctionSource Source { get; set; }
    [BindProperty(SupportsGet = true)] public Guid SourceId { get; set; }

    [BindProperty]
    public ImposeSanction.Command Sanction { get; set; } = null!;

    public void OnGet() => Sanction = new(
        AgencyId: AgencyId, Source: Source, SourceId: SourceId, Kind: default, FineAmountUsd: null, SuspensionMonths: null,
        LegalBasis: "", Reason: "", EffectiveFrom: calendar.Today);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Guid id = default;
        if (await this.TryAsync(async () => id = await handler.HandleAsync(Sanction, ct), Catalogue.Say(Keys.TheSanctionWasImposed)))
        {
            return RedirectToPage("/Evaluations/Sanction", new { id });
        }
        return Page();
    }
}
