using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Account;

/// <summary>Where sign-in leads when no page was asked for: the work page of the person's role.</summary>
public sealed class StartModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect(WorkPage.Of(User));
}
