using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Account;

public sealed class LoginModel(IAccountSignIn signIn) : PageModel
{
    public sealed class LoginInput
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public bool Remember { get; set; }
    }

    public sealed class Validator : AbstractValidator<LoginInput>
    {
        public Validator()
        {
            RuleFor(i => i.Email).NotEmpty().EmailAddress().WithName(_ => Text.Pick("E-mail", "អ៊ីមែល"));
            RuleFor(i => i.Password).NotEmpty().WithName(_ => Text.Pick("Password", "ពាក្យសម្ងាត់"));
        }
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();

        var outcome = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.Remember, cancellationToken);
        switch (outcome)
        {
            case SignInOutcome.Succeeded:
                return LocalRedirect(WorkPage.After(ReturnUrl, Url));
            case SignInOutcome.RequiresTwoFactor:
                return RedirectToPage("/Account/TwoFactor", new { ReturnUrl, Input.Remember });
            case SignInOutcome.LockedOut:
                ModelState.AddModelError("", Text.Pick("Too many failed attempts; the account is locked for 15 minutes.", "ព្យាយាមខុសច្រើនដងពេក គណនីត្រូវបានចាក់សោរយៈពេល ១៥ នាទី។"));
                return Page();
            default:
                ModelState.AddModelError("", Text.Pick("The e-mail or password is wrong.", "អ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។"));
                return Page();
        }
    }
}
