using Licensing.Application.Complaints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Complaints;

/// <summary>Complaints received in a period by category, province, outcome and agency (per 100 deployed workers), and time to decide.</summary>
public sealed class StatisticsModel(ComplaintStatistics.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public ComplaintStatistics.Result Statistics { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Statistics = await handler.HandleAsync(new ComplaintStatistics.Query(From, To), cancellationToken);
}
