using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.JobOrders;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Licensing.Domain.Workers;
using Licensing.Web.Confirmations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.JobOrders;

/// <summary>An agency's job orders; for licensing officers, the queue of job orders to verify, approved or rejected from the list.</summary>
public sealed class IndexModel(ListJobOrders.Handler list, ListReferenceData.Handler reference, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public JobOrderStatus? Status { get; set; }

    /// <summary>The officer's note on one order's decision (required to reject).</summary>
    [BindProperty]
    public string? Note { get; set; }

    public Page<ListJobOrders.Item> Orders { get; private set; } = null!;
    public IReadOnlyDictionary<string, ListReferenceData.NamedItem> Sectors { get; private set; } = new Dictionary<string, ListReferenceData.NamedItem>();
    public bool IsOfficer => user.IsLicensingOfficer();

    public Task OnGetAsync(int? pageNumber, CancellationToken cancellationToken) => LoadAsync(pageNumber, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, [FromServices] ApproveJobOrder.Handler approve, CancellationToken cancellationToken) =>
        RunAsync(() => approve.HandleAsync(id, new ApproveJobOrder.Command(Note), cancellationToken), Catalogue.Say(Keys.JobOrderApproved), cancellationToken);

    [ConfirmFirst(Confirmation.RejectJobOrder)]
    public Task<IActionResult> OnPostRejectAsync(Guid id, [FromServices] RejectJobOrder.Handler reject, CancellationToken cancellationToken) =>
        RunAsync(() => reject.HandleAsync(id, new RejectJobOrder.Command(Note), cancellationToken), Catalogue.Say(Keys.JobOrderRejected), cancellationToken);

    private async Task<IActionResult> RunAsync(Func<Task> action, string notice, CancellationToken cancellationToken)
    {
        if (await this.TryAsync(action, notice)) return RedirectToPage();
        await LoadAsync(null, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(int? pageNumber, CancellationToken cancellationToken)
    {
        Orders = await list.HandleAsync(new ListJobOrders.Query(Status, pageNumber, 50), cancellationToken);
        Sectors = (await reference.SectorsAsync(cancellationToken)).ToDictionary(s => s.Code);
    }
}
