using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Pages.Admin;

public sealed class SettingsModel(ListSettings.Handler list, UpdateSetting.Handler update) : PageModel
{
    public IReadOnlyList<ListSettings.Item> Settings { get; private set; } = [];

    /// <summary>The setting a row's form saves, the version it was read at, and the value typed.</summary>
    [BindProperty]
    public string Key { get; set; } = "";

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Settings = await list.HandleAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await update.HandleAsync(Key, new UpdateSetting.Command(Value ?? "", Version), cancellationToken);
            TempData["Notice"] = Catalogue.Say(Keys.TheSettingWasSaved);
            return RedirectToPage();
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.Invalid)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", Catalogue.Say(Keys.SomeoneElseChangedThisSettingHere));
        }
        Settings = await list.HandleAsync(cancellationToken);
        return Page();
    }
}
