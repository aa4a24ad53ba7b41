using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Account;

public sealed class TwoFactorModel(IAccountSignIn signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Remember { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        var outcome = string.IsNullOrWhiteSpace(code)
            ? SignInOutcome.Failed
            : await signIn.TwoFactorSignInAsync(code, Remember, cancellationToken);
        if (outcome == SignInOutcome.Succeeded) return LocalRedirect(WorkPage.After(ReturnUrl, Url));

        ModelState.AddModelError("", outcome == SignInOutcome.LockedOut
            ? Text.Pick("Too many failed attempts; the account is locked for 15 minutes.", "ព្យាយាមខុសច្រើនដងពេក គណនីត្រូវបានចាក់សោរយៈពេល ១៥ នាទី។")
            : Text.Pick("That code is not valid. Try the newest code.", "លេខកូដនោះមិនត្រឹមត្រូវ។ សូមសាកល្បងលេខកូដថ្មីបំផុត។"));
        return Page();
    }
}
