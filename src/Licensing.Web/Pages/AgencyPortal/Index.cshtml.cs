using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Applications;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Licensing.Domain.Applications;
using Licensing.Web.Confirmations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.AgencyPortal;

/// <summary>The agency's home: its licence, applications, details, branches and PDOT centres.</summary>
public sealed class IndexModel(
    ICurrentUser user, GetAgency.Handler agencies, ListApplications.Handler applications, ListReferenceData.Handler reference,
    CreateApplication.Handler create,
    AddBranch.Handler addBranch, AddTrainingCentre.Handler addCentre, RemoveBranch.Handler removeBranch, RemoveTrainingCentre.Handler removeCentre) : PageModel
{
    public GetAgency.Detail Agency { get; private set; } = null!;
    public IReadOnlyList<ListApplications.Item> Applications { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.NamedItem> Provinces { get; private set; } = [];

    /// <summary>The kind of site added or removed: "Branch" or "TrainingCentre".</summary>
    [BindProperty]
    public string? SiteKind { get; set; }

    public AgencySites.SiteCommand Site { get; } = new(Name: "", Address: "", ProvinceCode: "KH-12");

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostApplyAsync(ApplicationKind kind, CancellationToken cancellationToken)
    {
        Guid id = default;
        if (await this.TryAsync(async () => id = await create.HandleAsync(new CreateApplication.Command(kind), cancellationToken)))
        {
            return RedirectToPage("/AgencyPortal/Application", new { id });
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddSiteAsync([Bind(Prefix = nameof(Site))] AgencySites.SiteCommand site, CancellationToken cancellationToken)
    {
        var agencyId = user.AgencyId!.Value;
        var added = await this.TryAsync(
            () => SiteKind == "TrainingCentre" ? addCentre.HandleAsync(agencyId, site, cancellationToken) : addBranch.HandleAsync(agencyId, site, cancellationToken),
            Catalogue.Say(Keys.Added));
        if (added) return RedirectToPage();
        await LoadAsync(cancellationToken);
        return Page();
    }

    [ConfirmFirst(Confirmation.RemoveSite)]
    public async Task<IActionResult> OnPostRemoveSiteAsync(Guid siteId, CancellationToken cancellationToken)
    {
        var agencyId = user.AgencyId!.Value;
        await (SiteKind == "TrainingCentre" ? removeCentre.HandleAsync(agencyId, siteId, cancellationToken) : removeBranch.HandleAsync(agencyId, siteId, cancellationToken));
        TempData["Notice"] = SiteKind == "TrainingCentre"
            ? Catalogue.Say(Keys.TheTrainingCentreWasRemovedFrom)
            : Catalogue.Say(Keys.TheBranchWasRemovedFromYour);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Agency = await agencies.HandleAsync(user.AgencyId!.Value, cancellationToken);
        Applications = (await applications.HandleAsync(new ListApplications.Query(null, 1, 50), cancellationToken)).Items;
        Provinces = await reference.ProvincesAsync(cancellationToken);
    }
}
