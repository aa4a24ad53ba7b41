using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.ReferenceData;
using Licensing.Web.Confirmations;
using Microsoft.AspNetCore.Mvc;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Disappearances;

/// <summary>
/// One disappearance case for every party: the facts, the worker, how the alert reached each
/// recipient body and when it acknowledged, the updates, and the actions the caller may take.
/// </summary>
public sealed class CaseModel(GetDisappearance.Handler get, ListReferenceData.Handler reference) : PageModel
{
    public GetDisappearance.Detail Case { get; private set; } = null!;
    public RecipientBodyNames Names { get; private set; } = null!;

    // The forms' fields, for asp-for: each post binds its own form as a handler parameter of the same name,
    // and a refused post shows what was typed from ModelState.
    public RespondToDisappearance.Command Answer { get; } = new(Confirmed: true, LearnedAt: null, Text: "");
    public PostCaseUpdate.Command? Update { get; }
    public ResolveDisappearance.Command? Resolution { get; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, [FromServices] AcknowledgeDisappearance.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, ct), Catalogue.Say(Keys.Acknowledged), ct);

    public Task<IActionResult> OnPostUpdateAsync(Guid id, PostCaseUpdate.Command update, [FromServices] PostCaseUpdate.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, update, ct), Catalogue.Say(Keys.UpdatePosted), ct);

    public Task<IActionResult> OnPostRespondAsync(Guid id, RespondToDisappearance.Command answer, [FromServices] RespondToDisappearance.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, answer, ct), Catalogue.Say(Keys.YourAnswerWasSentToEvery), ct);

    public Task<IActionResult> OnPostVerifyAsync(Guid id, [FromServices] VerifyFamilyReport.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, ct), Catalogue.Say(Keys.TheFamilySReportIsVerified), ct);

    [ConfirmFirst(Confirmation.CloseCase)]
    public Task<IActionResult> OnPostResolveAsync(Guid id, ResolveDisappearance.Command resolution, [FromServices] ResolveDisappearance.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, resolution, ct), Catalogue.Say(Keys.TheCaseIsClosed), ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> action, string notice, CancellationToken ct)
    {
        if (await this.TryAsync(action, notice)) return RedirectToPage(new { id });
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Case = await get.HandleAsync(id, ct);
        Names = new RecipientBodyNames(await reference.CountriesAsync(ct));
    }
}
