using Licensing.Application.Common;
using Licensing.Application.Inbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Inbox;

public sealed class IndexModel(ListInbox.Handler list, MarkInboxItemRead.Handler markRead) : PageModel
{
    public Page<ListInbox.Item> Items { get; private set; } = null!;

    public async Task OnGetAsync(int? pageNumber, CancellationToken cancellationToken) =>
        Items = await list.HandleAsync(new ListInbox.Query(false, pageNumber, 20), cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await markRead.HandleAsync(id, cancellationToken);
        return RedirectToPage();
    }
}
