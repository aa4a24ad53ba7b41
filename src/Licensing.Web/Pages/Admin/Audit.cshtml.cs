using Licensing.Application.Audit;
using Licensing.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Admin;

public sealed class AuditModel(ListAuditEntries.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    public Page<ListAuditEntries.Entry> Entries { get; private set; } = null!;

    public async Task OnGetAsync(int? pageNumber, CancellationToken cancellationToken) =>
        Entries = await handler.HandleAsync(new ListAuditEntries.Query(EntityType, EntityId, null, pageNumber, 50), cancellationToken);
}
