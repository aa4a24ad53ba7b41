using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.Sanctions;
using Licensing.Application.Texts;
using Licensing.Domain.Identity;
using Licensing.Domain.Sanctions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Evaluations;

/// <summary>One sanction: its terms, the agency's appeal before the deadline, and the decision on the appeal.</summary>
public sealed class SanctionModel(ListSanctions.Handler get, AppealSanction.Handler lodge, DecideSanctionAppeal.Handler decideAppeal, ICurrentUser user, BusinessCalendar calendar) : PageModel
{
    public ListSanctions.Item Sanction { get; private set; } = null!;
    public AppealSanction.Command Appeal { get; } = new(Grounds: "");
    public DecideSanctionAppeal.Command Decision { get; } = new(Outcome: default, Reason: "");

    public bool CanAppeal => user.IsInRole(Roles.AgencyStaff) && Sanction.AppealLodgedAt is null && Sanction.Status != SanctionStatus.Annulled
        && calendar.Today <= Sanction.AppealDeadline;
    public bool CanDecideAppeal => user.IsLicensingOfficer() && Sanction.AppealLodgedAt is not null && Sanction.AppealOutcome is null;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Sanction = await get.GetAsync(id, ct);

    public Task<IActionResult> OnPostAppealAsync(Guid id, [Bind(Prefix = nameof(Appeal))] AppealSanction.Command appeal, CancellationToken ct) =>
        user.IsInRole(Roles.AgencyStaff)
            ? RunAsync(id, () => lodge.HandleAsync(id, appeal, ct), Catalogue.Say(Keys.YourAppealWasLodged), ct)
            : Task.FromResult<IActionResult>(Forbid());

    public Task<IActionResult> OnPostDecideAsync(Guid id, [Bind(Prefix = nameof(Decision))] DecideSanctionAppeal.Command decision, CancellationToken ct) =>
        user.IsLicensingOfficer()
            ? RunAsync(id, () => decideAppeal.HandleAsync(id, decision, ct), Catalogue.Say(Keys.TheAppealWasDecided), ct)
            : Task.FromResult<IActionResult>(Forbid());

    private Task<IActionResult> RunAsync(Guid id, Func<Task> action, string notice, CancellationToken ct) =>
        this.RunOrShowErrorsAsync(action, notice, new { id }, async () => Sanction = await get.GetAsync(id, ct));
}
