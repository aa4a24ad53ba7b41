using Licensing.Application.Common;
using Licensing.Application.Documents;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Admin;

/// <summary>The administrator manages the checklist of documents required in licence applications.</summary>
public sealed class DocumentsModel(ManageDocumentRequirements.Handler handler) : PageModel
{
    public IReadOnlyList<ManageDocumentRequirements.Item> Items { get; private set; } = [];
    public ManageDocumentRequirements.Command Item { get; } = new(Code: "", NameKm: "", NameEn: "", Order: 10, Active: true);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await handler.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Item))] ManageDocumentRequirements.Command item, CancellationToken cancellationToken)
    {
        if (await this.TryAsync(() => handler.SaveAsync(item, cancellationToken), Catalogue.Say(Keys.Saved))) return RedirectToPage();
        Items = await handler.ListAsync(cancellationToken);
        return Page();
    }
}
