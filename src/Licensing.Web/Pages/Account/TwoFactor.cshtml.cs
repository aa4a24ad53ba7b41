using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Account;

public sealed class TwoFactorModel(IAccountSignIn signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Remember { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = string.IsNullOrWhiteSpace(Code)
            ? SignInOutcome.Failed
            : await signIn.TwoFactorSignInAsync(Code, Remember, cancellationToken);
        if (outcome == SignInOutcome.Succeeded) return LocalRedirect(WorkPage.After(ReturnUrl, Url));

        ModelState.AddModelError("", outcome == SignInOutcome.LockedOut
            ? Catalogue.Say(Keys.TooManyFailedAttemptsTheAccount)
            : Catalogue.Say(Keys.ThatCodeIsNotValidTry));
        return Page();
    }
}
