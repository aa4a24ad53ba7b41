using Licensing.Application.Inspections;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.AgencyPortal;

/// <summary>The agency's announced and past inspections.</summary>
public sealed class InspectionsModel(ListInspections.Handler handler) : PageModel
{
    public IReadOnlyList<ListInspections.Item> Visits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Visits = (await handler.HandleAsync(new ListInspections.Query(false, null, null, null, null, null, 1, 200), cancellationToken)).Items.OrderByDescending(v => v.Date).ToList();
}
