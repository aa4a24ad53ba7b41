using Licensing.Application.Common;
using Licensing.Application.JobOrders;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.JobOrders;

/// <summary>The agency registers an employer's demand for workers.</summary>
public sealed class CreateModel(CreateJobOrder.Handler create, ListReferenceData.Handler reference) : PageModel
{
    [BindProperty]
    public CreateJobOrder.Command Order { get; set; } = new(
        CountryCode: "TH", EmployerName: "", EmployerAddress: "", SectorCode: "construction", Occupation: "",
        WorkersRequested: 1, MonthlyWage: 0m, Currency: "USD", ContractMonths: 24);
    public IReadOnlyList<ListReferenceData.CountryItem> Countries { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.NamedItem> Sectors { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await this.TryAsync(() => create.HandleAsync(Order, cancellationToken), Catalogue.Say(Keys.JobOrderRegisteredALicensingOfficer)))
        {
            return RedirectToPage("/JobOrders/Index");
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Countries = await reference.CountriesAsync(cancellationToken);
        Sectors = await reference.SectorsAsync(cancellationToken);
    }
}
