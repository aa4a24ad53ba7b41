using Licensing.Application.Disappearances;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Missing;

/// <summary>The family follows its report with the case number and PIN (<see cref="PinTrackedPage{TView}"/>), and adds what it learns.</summary>
[EnableRateLimiting(PublicForms.MissingTracking)]
public sealed class TrackModel(TrackMissingRelative.Handler track, TrackingTicket ticket)
    : PinTrackedPage<TrackMissingRelative.View>(ticket, "/missing/track", ErrorCodes.MissingCaseNotFound, ErrorCodes.MissingCaseLocked)
{
    public TrackMissingRelative.View? Case => Opened;

    /// <summary>The forms' fields: a number and PIN typed once are carried by the form that adds information.</summary>
    public TrackMissingRelative.Query Query => new(Code, Pin);
    public AddFamilyInformation.Command Add => new(Code, Pin, "");

    public Task OnGetAsync(CancellationToken cancellationToken) => ShowFromTicketAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(TrackMissingRelative.Query query, CancellationToken cancellationToken) =>
        RunAsync(query.Code, query.Pin, () => track.HandleAsync(query, cancellationToken), null, cancellationToken);

    public Task<IActionResult> OnPostAddAsync(AddFamilyInformation.Command add, [FromServices] AddFamilyInformation.Handler handler, CancellationToken cancellationToken) =>
        RunAsync(add.Code, add.Pin, () => handler.HandleAsync(add, cancellationToken), Catalogue.Say(Keys.MissingInformationAdded), cancellationToken);

    protected override Task<TrackMissingRelative.View> OpenAsync(string code, string pin, CancellationToken cancellationToken) =>
        track.HandleAsync(new TrackMissingRelative.Query(code, pin), cancellationToken);

    protected override string CodeOf(TrackMissingRelative.View opened) => opened.CaseNumber;
}
