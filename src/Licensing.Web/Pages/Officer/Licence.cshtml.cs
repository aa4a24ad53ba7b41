using Licensing.Web.Confirmations;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Texts;
using Licensing.Domain.Licences;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Officer;

/// <summary>One licence: its facts, history, and suspension, reinstatement or revocation with a reason.</summary>
public sealed class LicenceModel(GetLicence.Handler get, SuspendLicence.Handler suspend, ReinstateLicence.Handler reinstate, RevokeLicence.Handler revoke) : PageModel
{
    public GetLicence.Detail Licence { get; private set; } = null!;

    /// <summary>The three status forms, each bound under its own name.</summary>
    public SuspendLicence.Command Suspension => new("");
    public ReinstateLicence.Command Reinstatement => new("");
    public RevokeLicence.Command Revocation => new("");

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Licence = await get.HandleAsync(id, cancellationToken);

    [ConfirmFirst(Confirmation.SuspendLicence)]
    public Task<IActionResult> OnPostSuspendAsync(Guid id, [Bind(Prefix = nameof(Suspension))] SuspendLicence.Command suspension, CancellationToken cancellationToken) =>
        RunAsync(id, () => suspend.HandleAsync(id, suspension, cancellationToken),
            Catalogue.Say(Keys.TheLicenceIsSuspendedTheAgency), cancellationToken);

    public Task<IActionResult> OnPostReinstateAsync(Guid id, [Bind(Prefix = nameof(Reinstatement))] ReinstateLicence.Command reinstatement, CancellationToken cancellationToken) =>
        RunAsync(id, () => reinstate.HandleAsync(id, reinstatement, cancellationToken),
            Catalogue.Say(Keys.TheLicenceIsActiveAgain), cancellationToken);

    [ConfirmFirst(Confirmation.RevokeLicence)]
    public Task<IActionResult> OnPostRevokeAsync(Guid id, [Bind(Prefix = nameof(Revocation))] RevokeLicence.Command revocation, CancellationToken cancellationToken) =>
        RunAsync(id, () => revoke.HandleAsync(id, revocation, cancellationToken),
            Catalogue.Say(Keys.TheLicenceIsRevokedForGood), cancellationToken);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<LicenceStatus>> action, string notice, CancellationToken cancellationToken)
    {
        if (await this.TryAsync(action, notice)) return RedirectToPage(new { id });
        Licence = await get.HandleAsync(id, cancellationToken);
        return Page();
    }
}
