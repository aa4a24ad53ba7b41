using Licensing.Application.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Account;

[EnableRateLimiting("public")]
public sealed class ForgotModel(RequestPasswordReset.Handler handler) : PageModel
{
    public bool Sent { get; private set; }
    public string Email { get; private set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(RequestPasswordReset.Command request, CancellationToken cancellationToken)
    {
        Email = request.Email ?? "";
        if (!ModelState.IsValid) return Page();
        await handler.HandleAsync(request, $"{Request.Scheme}://{Request.Host}/account/reset", cancellationToken);
        Sent = true;
        return Page();
    }
}
