using Licensing.Web.Confirmations;
using Licensing.Application.Applications;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Officer;

/// <summary>A licensing officer reviews one application and decides.</summary>
public sealed class ApplicationModel(GetApplication.Handler get, StartApplicationReview.Handler startReview, RequestApplicationInformation.Handler requestInformation,
    RejectApplication.Handler reject, ApproveApplication.Handler approve) : PageModel
{
    public GetApplication.Detail Application { get; private set; } = null!;

    /// <summary>The three decision forms, each bound under its own name.</summary>
    public ApproveApplication.Command Approval => new(null);
    public RequestApplicationInformation.Command InformationRequest => new("");
    public RejectApplication.Command Rejection => new("");

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Application = await get.HandleAsync(id, cancellationToken);

    public Task<IActionResult> OnPostStartReviewAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, () => startReview.HandleAsync(id, cancellationToken), Catalogue.Say(Keys.ReviewStarted), cancellationToken);

    public Task<IActionResult> OnPostRequestInformationAsync(Guid id, [Bind(Prefix = nameof(InformationRequest))] RequestApplicationInformation.Command request, CancellationToken cancellationToken) =>
        RunAsync(id, () => requestInformation.HandleAsync(id, request, cancellationToken), Catalogue.Say(Keys.TheAgencyWasAskedForInformation), cancellationToken);

    [ConfirmFirst(Confirmation.RejectApplication)]
    public Task<IActionResult> OnPostRejectAsync(Guid id, [Bind(Prefix = nameof(Rejection))] RejectApplication.Command rejection, CancellationToken cancellationToken) =>
        RunAsync(id, () => reject.HandleAsync(id, rejection, cancellationToken), Catalogue.Say(Keys.TheApplicationIsRejectedTheAgency), cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, [Bind(Prefix = nameof(Approval))] ApproveApplication.Command approval, CancellationToken cancellationToken)
    {
        ApproveApplication.Approved? approved = null;
        if (await this.TryAsync(async () => approved = await approve.HandleAsync(id, approval, cancellationToken)))
        {
            TempData["Notice"] = Catalogue.Say(Keys.LicenceIssued, approved!.LicenceNumber);
            return RedirectToPage(new { id });
        }
        Application = await get.HandleAsync(id, cancellationToken);
        return Page();
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> action, string notice, CancellationToken cancellationToken)
    {
        if (await this.TryAsync(action, notice)) return RedirectToPage(new { id });
        Application = await get.HandleAsync(id, cancellationToken);
        return Page();
    }
}
