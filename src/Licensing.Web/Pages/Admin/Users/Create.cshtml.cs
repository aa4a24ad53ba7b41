using Licensing.Application.Agencies;
using Licensing.Application.ReferenceData;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Admin.Users;

public sealed class CreateModel(CreateUser.Handler create, ListReferenceData.Handler reference, ListAgencyOptions.Handler agencies) : PageModel
{
    [BindProperty]
    public CreateUser.Command Input { get; set; } = new("", "", "", "");

    public IReadOnlyList<ListAgencyOptions.Option> Agencies { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.NamedItem> Provinces { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.CountryItem> Countries { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await create.HandleAsync(Input, cancellationToken);
                TempData["Notice"] = Input.Email;
                return RedirectToPage("/Admin/Users/Index");
            }
            catch (DomainException e) when (e.Kind != DomainErrorKind.NotFound)
            {
                ModelState.AddModelError("", e.Message);
            }
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Agencies = await agencies.HandleAsync(cancellationToken);
        Provinces = await reference.ProvincesAsync(cancellationToken);
        Countries = await reference.CountriesAsync(cancellationToken);
    }
}
