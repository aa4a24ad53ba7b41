using Licensing.Application.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Account;

[EnableRateLimiting(PublicForms.AccountRecovery)]
public sealed class ForgotModel(ResetPassword.Handler handler) : PageModel
{
    public bool Sent { get; private set; }
    public string Email { get; private set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(ResetPassword.Request request, CancellationToken cancellationToken)
    {
        Email = request.Email ?? "";
        if (!ModelState.IsValid) return Page();
        await handler.RequestAsync(request, $"{Request.Scheme}://{Request.Host}/account/reset", cancellationToken);
        Sent = true;
        return Page();
    }
}
