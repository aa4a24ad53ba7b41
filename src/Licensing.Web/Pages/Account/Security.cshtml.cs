using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Account;

public sealed class SecurityModel(ITwoFactorSetup twoFactor, ICurrentUser user) : PageModel
{
    public TwoFactorStatus Status { get; private set; } = null!;

    [BindProperty]
    public string? Code { get; set; }

    public async Task OnGetAsync() => Status = await twoFactor.GetAsync(user.UserId!.Value);

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (!string.IsNullOrWhiteSpace(Code) && await twoFactor.EnableAsync(user.UserId!.Value, Code))
        {
            return RedirectToPage();
        }
        ModelState.AddModelError("", Catalogue.Say(Keys.ThatCodeIsNotValidTry));
        Status = await twoFactor.GetAsync(user.UserId!.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        await twoFactor.DisableAsync(user.UserId!.Value);
        return RedirectToPage();
    }
}
