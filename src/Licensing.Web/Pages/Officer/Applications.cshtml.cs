using Licensing.Application.Applications;
using Licensing.Application.Common;
using Licensing.Domain.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Officer;

/// <summary>The licensing officers' queue: submitted applications, oldest first, with how long each has waited.</summary>
public sealed class ApplicationsModel(ListApplications.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;

    public Page<ListApplications.Item> Queue { get; private set; } = null!;

    public async Task OnGetAsync(int? pageNumber, CancellationToken cancellationToken) =>
        Queue = await handler.HandleAsync(new ListApplications.Query(Status, pageNumber, 50), cancellationToken);
}
