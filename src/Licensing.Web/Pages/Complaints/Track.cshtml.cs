using System.Globalization;
using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Web.Confirmations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Complaints;

/// <summary>
/// The complainant follows the complaint with its code and PIN, answers questions, adds files,
/// withdraws or reopens it. The PIN is posted, never put in the address; once it opens the complaint,
/// a tracking ticket keeps it open here, so every post redirects to a reload-safe page and a language switch keeps the case.
/// </summary>
[EnableRateLimiting(PublicForms.ComplaintTracking)]
public sealed class TrackModel(TrackComplaint.Handler track, RespondAsComplainant.Handler respond, TrackingTicket ticket) : PageModel
{
    private const string PagePath = "/complaints/track";

    public string Code { get; private set; } = "";
    public string Pin { get; private set; } = "";
    public TrackComplaint.View? Complaint { get; private set; }

    /// <summary>A photo or PDF the complainant adds.</summary>
    [BindProperty]
    public IFormFile? EvidenceFile { get; set; }

    /// <summary>The forms' fields: a code and PIN typed once are carried by every later form.</summary>
    public TrackComplaint.Query Query => new(Code, Pin);
    public RespondAsComplainant.Command RespondWith => new(Code, Pin, null, null);

    public async Task OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        Code = code ?? "";
        if (ticket.Read(HttpContext) is not { } opened) return;
        (Code, Pin) = (opened.Code, opened.Pin);
        if (!await TryAsync(async () => Complaint = await track.HandleAsync(new TrackComplaint.Query(Code, Pin), cancellationToken)))
        {
            ticket.Forget(HttpContext, PagePath);
        }
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

    /// <summary>Closes the complaint on this device, for a shared phone.</summary>
    public IActionResult OnPostClose()
    {
        ticket.Forget(HttpContext, PagePath);
        return RedirectToPage();
    }

    /// <summary>
    /// Success redirects to the page, which shows the complaint again from the ticket. Any refusal,
    /// a wrong code or PIN included, is shown on the page with what was typed; when only the message was refused, the complaint stays on screen.
    /// </summary>
    private async Task<IActionResult> RunAsync(string? code, string? pin, Func<Task<TrackComplaint.View>> action, string? notice, CancellationToken cancellationToken)
    {
        (Code, Pin) = (code ?? "", pin ?? "");
        if (ModelState.IsValid && await TryAsync(async () => Complaint = await action()))
        {
            ticket.Issue(HttpContext, PagePath, Complaint!.TrackingCode, Pin);
            if (notice is not null) TempData["Notice"] = notice;
            return RedirectToPage();
        }
        if (notice is not null && Pin.Length > 0) await TryAsync(async () => Complaint = await track.HandleAsync(new TrackComplaint.Query(Code, Pin), cancellationToken));
        return Page();
    }

    private async Task<bool> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", Catalogue.Words(e, CultureInfo.CurrentUICulture.Name));
            if (e.Code is ErrorCodes.ComplaintNotFound or ErrorCodes.ComplaintLocked) Pin = "";
            return false;
        }
    }
}
