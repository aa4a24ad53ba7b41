using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Licensing.Application.Texts;

namespace Licensing.Web.Pages.Account;

/// <summary>The signed-in user's profile: the language their notifications are written in (the pages follow it too).</summary>
public sealed class ProfileModel(IUserDirectory directory, ICurrentUser user, TimeProvider clock) : PageModel
{
    public UserContact Me { get; private set; } = null!;

    /// <summary>The language chosen, as the form shows it.</summary>
    public ChooseLanguage.Command Choice { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(ChooseLanguage.Command choice, [FromServices] ChooseLanguage.Handler handler, CancellationToken cancellationToken)
    {
        if (await this.TryAsync(() => handler.HandleAsync(choice, cancellationToken), Catalogue.Say(Keys.YourLanguageWasSaved)))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(choice.Language!)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return RedirectToPage();
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Me = (await directory.FindAsync([user.UserId!.Value], cancellationToken)).Single();
        Choice = new(Me.Language);
    }
}
