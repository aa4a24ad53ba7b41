using Licensing.Application.Abstractions;
using Licensing.Application.Complaints;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.AgencyPortal;

/// <summary>The complaints against the agency that MLVT or a province has taken up.</summary>
public sealed class ComplaintsModel(AgencyComplaints.Handler handler, ICurrentUser user) : PageModel
{
    public IReadOnlyList<AgencyComplaints.Item> Complaints { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Complaints = await handler.ListAsync(user.AgencyId ?? Guid.Empty, cancellationToken);
}
