using Licensing.Application.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Account;

[EnableRateLimiting(PublicForms.AccountRecovery)]
public sealed class ForgotModel(RequestPasswordReset.Handler handler) : PageModel
{
    public bool Sent { get; private set; }
    [BindProperty] public RequestPasswordReset.Command Input { get; set; } = new("");

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        await handler.HandleAsync(Input, Url.PageLink("/Account/Reset")!, cancellationToken);
        Sent = true;
        return Page();
    }
}
