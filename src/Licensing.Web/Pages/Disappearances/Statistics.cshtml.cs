using Licensing.Application.Disappearances;
using Licensing.Application.ReferenceData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Disappearances;

/// <summary>How fast each body acknowledges disappearance alerts, by month: median and 95th percentile.</summary>
public sealed class StatisticsModel(DisappearanceStatistics.Handler statistics, ListReferenceData.Handler reference) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public DisappearanceStatistics.Summary Summary { get; private set; } = null!;
    public RecipientBodyNames Names { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Summary = await statistics.HandleAsync(new DisappearanceStatistics.Query(Year), ct);
        Names = new RecipientBodyNames(await reference.CountriesAsync(ct));
    }
}
