using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Disappearances;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Licensing.Application.Texts;

namespace Licensing.Web.Pages.Alerts;

/// <summary>
/// The dashboard of embassy, Interior and MLVT officers: the open cases in their scope, each
/// with an Acknowledge button, and (with JavaScript) new alerts live from the stream.
/// </summary>
public sealed class IndexModel(ListDisappearances.Handler list, LatestAlertSequence.Handler latest, ListReferenceData.Handler reference) : PageModel
{
    public Page<ListDisappearances.Item> Cases { get; private set; } = null!;
    public long LatestSequence { get; private set; }
    public RecipientBodyNames Names { get; private set; } = null!;

    /// <summary>The case a card's Acknowledge form answers, and its number for the notice (the live script fills both in).</summary>
    [BindProperty]
    public Guid CaseId { get; set; }

    [BindProperty]
    public string? CaseNumber { get; set; }

    public async Task OnGetAsync(int? pageNumber, CancellationToken ct)
    {
        LatestSequence = await latest.HandleAsync(ct);
        Cases = await list.HandleAsync(new ListDisappearances.Query(CaseStatus.Open, null, pageNumber, 50), ct);
        Names = new RecipientBodyNames(await reference.CountriesAsync(ct));
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync([FromServices] AcknowledgeDisappearance.Handler acknowledge, CancellationToken ct)
    {
        var notice = Catalogue.Say(Keys.CaseAcknowledged, CaseNumber);
        if (await this.TryAsync(() => acknowledge.HandleAsync(CaseId, ct), notice)) return RedirectToPage();
        await OnGetAsync(null, ct);
        return Page();
    }
}
