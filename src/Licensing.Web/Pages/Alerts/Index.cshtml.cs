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

    public async Task OnGetAsync(int? pageNumber, CancellationToken ct)
    {
        LatestSequence = await latest.HandleAsync(ct);
        Cases = await list.HandleAsync(new ListDisappearances.Query(CaseStatus.Open, null, pageNumber, 50), ct);
        Names = new RecipientBodyNames(await reference.CountriesAsync(ct));
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid caseId, string? caseNumber, [FromServices] AcknowledgeDisappearance.Handler acknowledge, CancellationToken ct)
    {
        var notice = Catalogue.Say(Keys.CaseAcknowledged, caseNumber);
        if (await this.TryAsync(() => acknowledge.HandleAsync(caseId, ct), notice)) return RedirectToPage();
        await OnGetAsync(null, ct);
        return Page();
    }
}
