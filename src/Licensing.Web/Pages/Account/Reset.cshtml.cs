using Licensing.Application.Account;
using Licensing.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Account;

[EnableRateLimiting(PublicForms.AccountRecovery)]
public sealed class ResetModel(ResetPassword.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    /// <summary>The form's fields, for asp-for; the post binds them as the handler's parameter.</summary>
    public ResetPassword.Reset? Reset { get; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(ResetPassword.Reset reset, CancellationToken cancellationToken)
    {
        (Email, Token) = (reset.Email ?? "", reset.Token ?? "");
        if (await this.TryAsync(() => handler.ResetAsync(reset, cancellationToken), Text.Pick("Your password was changed. Sign in with it.", "ពាក្យសម្ងាត់របស់អ្នកត្រូវបានផ្លាស់ប្ដូរ។ សូមចូលគណនីដោយប្រើវា។")))
        {
            return RedirectToPage("/Account/Login");
        }
        return Page();
    }
}
