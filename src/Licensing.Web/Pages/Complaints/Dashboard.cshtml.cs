using Licensing.Application.Complaints;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Complaints;

/// <summary>Red, amber and green open complaints by province, agency and officer.</summary>
public sealed class DashboardModel(ComplaintDashboard.Handler handler) : PageModel
{
    public ComplaintDashboard.Result Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Dashboard = await handler.HandleAsync(cancellationToken);
}
