using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Evaluations;
using Licensing.Domain.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Evaluations;

/// <summary>
/// The evaluations the user takes part in: the secretariat's due list and every evaluation under
/// way, a panel member's own, an agency's. The secretariat may open an agency's first evaluation before it falls due, never a second within the cycle.
/// </summary>
public sealed class IndexModel(ListEvaluations.Handler list, OpenDueEvaluations.Handler due, ICurrentUser user) : PageModel
{
    public IReadOnlyList<ListEvaluations.Item> Evaluations { get; private set; } = [];
    public IReadOnlyList<OpenDueEvaluations.Due> Due { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public EvaluationStatus? Status { get; set; }
    public bool Secretariat => user.IsLicensingOfficer();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostOpenAsync(Guid agencyId, [FromServices] OpenEvaluation.Handler open, CancellationToken ct)
    {
        if (!Secretariat) return Forbid();
        Guid id = default;
        if (await this.TryAsync(async () => id = await open.HandleAsync(new OpenEvaluation.Command(AgencyId: agencyId), ct))) return RedirectToPage("/Evaluations/Evaluation", new { id });
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Evaluations = await list.HandleAsync(new ListEvaluations.Query(Status, null), ct);
        if (Secretariat) Due = await due.ListAsync(ct);
    }
}
