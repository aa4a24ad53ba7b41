using Licensing.Application.Common;
using Licensing.Application.JobOrders;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Licensing.Application.Workers;
using Licensing.Domain.Workers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Workers;

/// <summary>The agency registers a worker, and may assign them to one of its job orders at once.</summary>
public sealed class RegisterModel(RegisterWorker.Handler register, ListReferenceData.Handler reference, ListJobOrders.Handler jobOrders) : PageModel
{
    [BindProperty]
    public RegisterWorker.Command Worker { get; set; } = new(
        NameKm: "", NameLatin: "", Sex: null, DateOfBirth: null, NationalId: "", PassportNumber: "",
        ProvinceCode: "KH-2", District: "", Commune: "", Village: "", Phone: "", EmergencyContactName: "", EmergencyContactPhone: "");
    public IReadOnlyList<ListReferenceData.NamedItem> Provinces { get; private set; } = [];
    public IReadOnlyList<ListJobOrders.Item> JobOrders { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Guid id = default;
        if (await this.TryAsync(async () => id = await register.HandleAsync(Worker, cancellationToken), Catalogue.Say(Keys.WorkerRegistered)))
        {
            return RedirectToPage("Worker", new { id });
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Provinces = await reference.ProvincesAsync(cancellationToken);
        JobOrders = (await jobOrders.HandleAsync(new ListJobOrders.Query(null, 1, 200), cancellationToken)).Items
            .Where(o => o.Status != JobOrderStatus.Rejected && o.WorkersAssigned < o.WorkersRequested).ToList();
    }
}
