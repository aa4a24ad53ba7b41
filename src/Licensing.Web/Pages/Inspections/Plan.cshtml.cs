using Licensing.Application.Common;
using Licensing.Application.Inspections;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Inspections;

/// <summary>The chief inspector's plan: generate it from the register, see coverage by province and the overdue visits, accept the proposals.</summary>
public sealed class PlanModel(GetInspectionPlan.Handler plans, PlanInspections.Handler generate, AcceptInspectionProposals.Handler acceptProposals, BusinessCalendar calendar) : PageModel
{
    public IReadOnlyList<GetInspectionPlan.Summary> Plans { get; private set; } = [];
    public GetInspectionPlan.Detail? Plan { get; private set; }
    /// <summary>The year to plan, typed.</summary>
    [BindProperty]
    public int? Year { get; set; }

    public int NextYear => calendar.Today.Year + 1;

    public Task OnGetAsync(Guid? planId, CancellationToken cancellationToken) => LoadAsync(planId, cancellationToken);

    public async Task<IActionResult> OnPostGenerateAsync(CancellationToken cancellationToken)
    {
        Guid id = default;
        if (await this.TryAsync(async () => id = await generate.HandleAsync(new PlanInspections.Command(Year.GetValueOrDefault()), cancellationToken), Catalogue.Say(Keys.ThePlanWasGenerated)))
        {
            return RedirectToPage(new { planId = id });
        }
        await LoadAsync(null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid planId, CancellationToken cancellationToken)
    {
        var count = await acceptProposals.HandleAsync(planId, cancellationToken);
        TempData["Notice"] = Catalogue.Say(Keys.VisitsScheduled, count);
        return RedirectToPage(new { planId });
    }

    private async Task LoadAsync(Guid? planId, CancellationToken cancellationToken)
    {
        Plans = await plans.ListAsync(cancellationToken);
        var selected = planId ?? Plans.FirstOrDefault()?.Id;
        Plan = selected is { } id ? await plans.HandleAsync(id, cancellationToken) : null;
    }
}
