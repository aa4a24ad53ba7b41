using Licensing.Application.Common;
using Licensing.Application.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Admin.Users;

public sealed class IndexModel(ListUsers.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public Page<ListUsers.UserSummary> Users { get; private set; } = null!;

    public async Task OnGetAsync(int? pageNumber, CancellationToken cancellationToken) =>
        Users = await handler.HandleAsync(new ListUsers.Query(Search, Role, pageNumber, 50), cancellationToken);
}
