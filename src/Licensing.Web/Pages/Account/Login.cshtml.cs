using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

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
            RuleFor(i => i.Email).NotEmpty().EmailAddress().WithName(_ => Catalogue.Say(Keys.EMail));
            RuleFor(i => i.Password).NotEmpty().WithName(_ => Catalogue.Say(Keys.Password));
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
                ModelState.AddModelError("", Catalogue.Say(Keys.TooManyFailedAttemptsTheAccount));
                return Page();
            default:
                ModelState.AddModelError("", Catalogue.Say(Keys.TheEMailOrPasswordIs));
                return Page();
        }
    }
}
