using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Domain.Complaints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Complaints;

/// <summary>The complaints an officer may see, most urgent first, with filters.</summary>
public sealed class IndexModel(ListComplaints.Handler list) : PageModel
{
    [BindProperty(SupportsGet = true)] public ComplaintStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true)] public int? PageNumber { get; set; }

    public Page<ListComplaints.Item> Complaints { get; private set; } = new([], 0, 1, Paging.DefaultSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Complaints = await list.HandleAsync(new ListComplaints.Query(Status, null, null, Overdue, Mine, PageNumber, null), cancellationToken);
}
