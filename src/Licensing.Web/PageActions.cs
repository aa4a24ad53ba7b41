using System.Globalization;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web;

public static class PageActions
{
    /// <summary>Runs a form post's use case: on success back to the page (a fresh GET), else the page reloaded with the errors.</summary>
    public static async Task<IActionResult> RunOrShowErrorsAsync(this PageModel page, Func<Task> action, string notice, object routeValues, Func<Task> reload)
    {
        if (await page.TryAsync(action, notice)) return page.RedirectToPage(routeValues);
        await reload();
        return page.Page();
    }

    /// <summary>
    /// Runs a use case from a form post. A broken rule becomes an error at the top of the form
    /// (and false), so the page shows it with everything the user typed.
    /// </summary>
    public static async Task<bool> TryAsync(this PageModel page, Func<Task> action, string? notice = null)
    {
        if (!page.ModelState.IsValid) return false;
        try
        {
            await action();
            if (notice is not null) page.TempData["Notice"] = notice;
            return true;
        }
        catch (DomainException e) when (e.Kind != DomainErrorKind.NotFound)
        {
            var language = CultureInfo.CurrentUICulture.Name;
            if (e.Details.Count == 0) page.ModelState.AddModelError("", Catalogue.Words(e, language));
            foreach (var detail in e.Details)
            {
                page.ModelState.AddModelError("", Catalogue.Words(detail, language));
            }
            return false;
        }
    }
}
