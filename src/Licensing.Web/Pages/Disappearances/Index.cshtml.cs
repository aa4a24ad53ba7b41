using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Disappearances;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Disappearances;

/// <summary>The disappearance cases the user may see, newest first, filtered by open, closed or late.</summary>
public sealed class IndexModel(ListDisappearances.Handler list, ListReferenceData.Handler reference) : PageModel
{
    [BindProperty(SupportsGet = true)] public CaseStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Late { get; set; }

    public Page<ListDisappearances.Item> Cases { get; private set; } = null!;
    public RecipientBodyNames Names { get; private set; } = null!;

    public async Task OnGetAsync(int? pageNumber, CancellationToken ct)
    {
        Cases = await list.HandleAsync(new ListDisappearances.Query(Status, Late ? true : null, pageNumber, 50), ct);
        Names = new RecipientBodyNames(await reference.CountriesAsync(ct));
    }
}
