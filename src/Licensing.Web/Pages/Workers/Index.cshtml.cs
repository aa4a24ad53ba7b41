using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
using Licensing.Application.Workers;
using Licensing.Domain.Workers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Workers;

/// <summary>The workers the user may see (their agency's, their country's, their province's, or all), searched and filtered.</summary>
public sealed class IndexModel(ListWorkers.Handler handler, ListReferenceData.Handler reference) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public DeploymentStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }

    public Page<ListWorkers.Item> Workers { get; private set; } = null!;
    public IReadOnlyList<ListReferenceData.CountryItem> Countries { get; private set; } = [];

    public async Task OnGetAsync(int? pageNumber, CancellationToken cancellationToken)
    {
        Workers = await handler.HandleAsync(new ListWorkers.Query(Search, Status, Country, pageNumber, 50), cancellationToken);
        Countries = await reference.CountriesAsync(cancellationToken);
    }
}
