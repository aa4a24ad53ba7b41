using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Admin;

/// <summary>The administrator keeps the (country, sector) restrictions (R26), the countries reserved to public agencies and the public agencies (R33).</summary>
public sealed class RestrictionsModel(
    ManageRestrictions.Handler restrictions, ManagePublicAgencies.Handler publicAgencies, ListReferenceData.Handler reference, ListAgencyOptions.Handler agencies,
    BusinessCalendar calendar) : PageModel
{
    public IReadOnlyList<ManageRestrictions.Item> Restrictions { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.CountryItem> Countries { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.NamedItem> Sectors { get; private set; } = [];
    public IReadOnlyList<ManagePublicAgencies.PublicAgency> PublicAgencies { get; private set; } = [];
    public IReadOnlyList<ListAgencyOptions.Option> Agencies { get; private set; } = [];
    public ManageRestrictions.Command Restriction => new(
        CountryCode: "", SectorCode: "", Since: calendar.Today, SinceMonthOnly: false, LegalBasisKm: "", LegalBasisEn: "");

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAddAsync([Bind(Prefix = nameof(Restriction))] ManageRestrictions.Command restriction, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(() => restrictions.AddAsync(restriction, cancellationToken),
            Catalogue.Say(Keys.TheRestrictionWasAdded), new { }, () => LoadAsync(cancellationToken));

    public Task<IActionResult> OnPostEndAsync(Guid id, DateOnly endedOn, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(() => restrictions.EndAsync(id, new ManageRestrictions.Ending(endedOn), cancellationToken),
            Catalogue.Say(Keys.TheRestrictionWasEnded), new { }, () => LoadAsync(cancellationToken));

    public Task<IActionResult> OnPostReserveAsync(string code, bool reserved, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(() => publicAgencies.ReserveCountryAsync(code, new ManagePublicAgencies.Reservation(reserved), cancellationToken),
            Catalogue.Say(Keys.TheCountrySReservationWasSaved), new { }, () => LoadAsync(cancellationToken));

    public Task<IActionResult> OnPostMarkAsync(Guid agencyId, bool isPublic, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(() => publicAgencies.MarkAgencyAsync(agencyId, new ManagePublicAgencies.PublicMark(isPublic), cancellationToken),
            Catalogue.Say(Keys.TheAgencySPublicMarkWas), new { }, () => LoadAsync(cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Restrictions = await restrictions.ListAsync(cancellationToken);
        Countries = await reference.CountriesAsync(cancellationToken);
        Sectors = await reference.SectorsAsync(cancellationToken);
        PublicAgencies = await publicAgencies.ListPublicAgenciesAsync(cancellationToken);
        Agencies = await agencies.HandleAsync(cancellationToken);
    }
}
