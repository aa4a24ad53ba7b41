using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Pages.Admin;

public sealed class SettingsModel(ListSettings.Handler list, UpdateSetting.Handler update) : PageModel
{
    public IReadOnlyList<ListSettings.Item> Settings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Settings = await list.HandleAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string key, string? value, Guid version, CancellationToken cancellationToken)
    {
        try
        {
            await update.HandleAsync(key, new UpdateSetting.Command(value ?? "", version), cancellationToken);
            TempData["Notice"] = Text.Pick("The setting was saved.", "ការកំណត់ត្រូវបានរក្សាទុក។");
            return RedirectToPage();
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.Invalid)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", Text.Pick("Someone else changed this setting. Here is the current value; apply your change again.", "មានអ្នកផ្សេងបានកែការកំណត់នេះ។ នេះជាតម្លៃបច្ចុប្បន្ន សូមកែម្ដងទៀត។"));
        }
        Settings = await list.HandleAsync(cancellationToken);
        return Page();
    }
}
