using Licensing.Application.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Pages.Account;

[EnableRateLimiting(PublicForms.AccountRecovery)]
public sealed class ForgotModel(RequestPasswordReset.Handler handler, IOptions<PublicSiteOptions> site) : PageModel
{
    public bool Sent { get; private set; }
    [BindProperty] public RequestPasswordReset.Command Input { get; set; } = new("");

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        await handler.HandleAsync(Input, site.Value.LinkTo(Request, Url.Page("/Account/Reset")!), cancellationToken);
        Sent = true;
        return Page();
    }
}
