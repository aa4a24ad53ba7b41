using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Complaints;

/// <summary>
/// The complainant follows the complaint with its code and PIN, answers questions, adds files,
/// withdraws or reopens it. The PIN is posted, never put in the address.
/// </summary>
[EnableRateLimiting(PublicForms.ComplaintTracking)]
public sealed class TrackModel(TrackComplaint.Handler track, RespondAsComplainant.Handler respond) : PageModel
{
    public string Code { get; private set; } = "";
    public string Pin { get; private set; } = "";
    public TrackComplaint.View? Complaint { get; private set; }

    /// <summary>The forms' fields: a code and PIN typed once are carried by every later form.</summary>
    public TrackComplaint.Query Query => new(Code, Pin);
    public RespondAsComplainant.Command RespondWith => new(Code, Pin, null, null);

    public void OnGet(string? code) => Code = code ?? "";

    public Task OnPostAsync(TrackComplaint.Query query, CancellationToken cancellationToken) =>
        RunAsync(query.Code, query.Pin, async () => Complaint = await track.HandleAsync(query, cancellationToken), null, cancellationToken);

    public Task OnPostRespondAsync(RespondAsComplainant.Command respondWith, CancellationToken cancellationToken) =>
        RunAsync(respondWith.Code, respondWith.Pin, async () => Complaint = await respond.HandleAsync(respondWith, cancellationToken),
            Catalogue.Say(Keys.ThankYouTheOfficerWillSee), cancellationToken);

    public Task OnPostEvidenceAsync(string code, string pin, IFormFile? file, CancellationToken cancellationToken) => RunAsync(code, pin, async () =>
    {
        if (file is { Length: > 0 })
        {
            await using var content = file.OpenReadStream();
            await respond.AddEvidenceAsync(code, pin, content, file.FileName, cancellationToken);
        }
        Complaint = await track.HandleAsync(new TrackComplaint.Query(code, pin), cancellationToken);
    }, Catalogue.Say(Keys.FileAdded), cancellationToken);

    /// <summary>
    /// Any refusal, a wrong code or PIN included, is shown on the page with what was typed; when
    /// only the message was refused, the complaint stays on screen.
    /// </summary>
    private async Task RunAsync(string? code, string? pin, Func<Task> action, string? notice, CancellationToken cancellationToken)
    {
        (Code, Pin) = (code ?? "", pin ?? "");
        if (ModelState.IsValid && await TryAsync(action))
        {
            ModelState.Clear();
            if (notice is not null) ViewData["Notice"] = notice;
            return;
        }
        if (notice is not null && Pin.Length > 0) await TryAsync(async () => Complaint = await track.HandleAsync(new TrackComplaint.Query(Code, Pin), cancellationToken));
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
            ModelState.AddModelError("", e.Message);
            if (e.Code == ErrorCodes.ComplaintNotFound) Pin = "";
            return false;
        }
    }
}
