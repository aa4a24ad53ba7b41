using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Web.Confirmations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Complaints;

/// <summary>
/// The complainant follows the complaint with its code and PIN (<see cref="PinTrackedPage{TView}"/>), answers questions,
/// adds files, withdraws or reopens it.
/// </summary>
[EnableRateLimiting(PublicForms.ComplaintTracking)]
public sealed class TrackModel(TrackComplaint.Handler track, RespondAsComplainant.Handler respond, TrackingTicket ticket)
    : PinTrackedPage<TrackComplaint.View>(ticket, "/complaints/track", ErrorCodes.ComplaintNotFound, ErrorCodes.ComplaintLocked)
{
    public TrackComplaint.View? Complaint => Opened;

    /// <summary>A photo or PDF the complainant adds.</summary>
    [BindProperty]
    public IFormFile? EvidenceFile { get; set; }

    /// <summary>The forms' fields: a code and PIN typed once are carried by every later form.</summary>
    public TrackComplaint.Query Query => new(Code, Pin);
    public RespondAsComplainant.Command RespondWith => new(Code, Pin, null, null);

    public Task OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        Code = code ?? "";
        return ShowFromTicketAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(TrackComplaint.Query query, CancellationToken cancellationToken) =>
        RunAsync(query.Code, query.Pin, () => track.HandleAsync(query, cancellationToken), null, cancellationToken);

    public Task<IActionResult> OnPostRespondAsync(RespondAsComplainant.Command respondWith, CancellationToken cancellationToken) =>
        RunAsync(respondWith.Code, respondWith.Pin, () => respond.HandleAsync(respondWith, cancellationToken),
            respondWith.Action == RespondAsComplainant.Action.Reopen
                ? Catalogue.Say(Keys.YourComplaintIsOpenAgainAn)
                : Catalogue.Say(Keys.ThankYouTheOfficerWillSee), cancellationToken);

    [ConfirmFirst(Confirmation.WithdrawComplaint, BackByPost = true)]
    public Task<IActionResult> OnPostWithdrawAsync(string code, string pin, CancellationToken cancellationToken) =>
        RunAsync(code, pin, () => respond.HandleAsync(new RespondAsComplainant.Command(code, pin, RespondAsComplainant.Action.Withdraw, null), cancellationToken),
            Catalogue.Say(Keys.YourComplaintIsWithdrawnItIs), cancellationToken);

    public Task<IActionResult> OnPostEvidenceAsync(string code, string pin, [FromServices] AddComplainantEvidence.Handler add, CancellationToken cancellationToken) => RunAsync(code, pin, async () =>
    {
        if (EvidenceFile is { Length: > 0 } file)
        {
            await using var content = file.OpenReadStream();
            await add.HandleAsync(code, pin, content, file.FileName, cancellationToken);
        }
        return await track.HandleAsync(new TrackComplaint.Query(code, pin), cancellationToken);
    }, Catalogue.Say(Keys.FileAdded), cancellationToken);

    protected override Task<TrackComplaint.View> OpenAsync(string code, string pin, CancellationToken cancellationToken) =>
        track.HandleAsync(new TrackComplaint.Query(code, pin), cancellationToken);

    protected override string CodeOf(TrackComplaint.View opened) => opened.TrackingCode;
}
