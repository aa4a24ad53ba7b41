using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Admin;

/// <summary>The administrator keeps the (country, sector) restrictions (R26), the countries reserved to public agencies and the public agencies (R33).</summary>
public sealed class RestrictionsModel(
    ListRestrictions.Handler restrictions, ListPublicAgencies.Handler publicAgencies, ListReferenceData.Handler reference, ListAgencyOptions.Handler agencies,
    BusinessCalendar calendar) : PageModel
{
    public IReadOnlyList<ListRestrictions.Item> Restrictions { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.CountryItem> Countries { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.NamedItem> Sectors { get; private set; } = [];
    public IReadOnlyList<ListPublicAgencies.PublicAgency> PublicAgencies { get; private set; } = [];
    public IReadOnlyList<ListAgencyOptions.Option> Agencies { get; private set; } = [];
    /// <summary>The day a restriction ends, typed on its row.</summary>
    [BindProperty]
    public DateOnly? EndedOn { get; set; }

    /// <summary>The agency to mark as public or not: chosen in the list, or the one of the row.</summary>
    [BindProperty]
    public Guid? AgencyId { get; set; }

    public AddRestriction.Command Restriction => new(
        CountryCode: "", SectorCode: "", Since: calendar.Today, SinceMonthOnly: false, LegalBasisKm: "", LegalBasisEn: "");

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAddAsync([Bind(Prefix = nameof(Restriction))] AddRestriction.Command restriction, [FromServices] AddRestriction.Handler add, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(() => add.HandleAsync(restriction, cancellationToken),
            Catalogue.Say(Keys.TheRestrictionWasAdded), new { }, () => LoadAsync(cancellationToken));

    public Task<IActionResult> OnPostEndAsync(Guid id, [FromServices] EndRestriction.Handler end, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(() => end.HandleAsync(id, new EndRestriction.Command(EndedOn.GetValueOrDefault()), cancellationToken),
            Catalogue.Say(Keys.TheRestrictionWasEnded), new { }, () => LoadAsync(cancellationToken));

    public Task<IActionResult> OnPostReserveAsync(string code, bool reserved, [FromServices] ReserveCountryToPublicAgencies.Handler reserve, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(() => reserve.HandleAsync(code, new ReserveCountryToPublicAgencies.Command(reserved), cancellationToken),
            Catalogue.Say(Keys.TheCountrySReservationWasSaved), new { }, () => LoadAsync(cancellationToken));

    public Task<IActionResult> OnPostMarkAsync(bool isPublic, [FromServices] MarkPublicAgency.Handler mark, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(() => mark.HandleAsync(AgencyId.GetValueOrDefault(), new MarkPublicAgency.Command(isPublic), cancellationToken),
            Catalogue.Say(Keys.TheAgencySPublicMarkWas), new { }, () => LoadAsync(cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Restrictions = await restrictions.HandleAsync(cancellationToken);
        Countries = await reference.CountriesAsync(cancellationToken);
        Sectors = await reference.SectorsAsync(cancellationToken);
        PublicAgencies = await publicAgencies.HandleAsync(cancellationToken);
        Agencies = await agencies.HandleAsync(cancellationToken);
    }
}
