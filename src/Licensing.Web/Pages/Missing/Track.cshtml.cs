using System.Globalization;
using Licensing.Application.Disappearances;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Missing;

/// <summary>
/// The family follows its report with the case number and PIN, and adds what it learns. As on the complaint tracking page,
/// the PIN is posted, never put in the address; once it opens the case a tracking ticket keeps it open here, so every post
/// redirects to a reload-safe page and a language switch keeps the case on screen.
/// </summary>
[EnableRateLimiting(PublicForms.MissingTracking)]
public sealed class TrackModel(TrackMissingRelative.Handler track, TrackingTicket ticket) : PageModel
{
    private const string PagePath = "/missing/track";

    public string Code { get; private set; } = "";
    public string Pin { get; private set; } = "";
    public TrackMissingRelative.View? Case { get; private set; }

    /// <summary>The forms' fields: a number and PIN typed once are carried by the form that adds information.</summary>
    public TrackMissingRelative.Query Query => new(Code, Pin);
    public AddFamilyInformation.Command Add => new(Code, Pin, "");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (ticket.Read(HttpContext) is not { } opened) return;
        (Code, Pin) = (opened.Code, opened.Pin);
        if (!await TryAsync(async () => Case = await track.HandleAsync(new TrackMissingRelative.Query(Code, Pin), cancellationToken)))
        {
            ticket.Forget(HttpContext, PagePath);
        }
    }

    public Task<IActionResult> OnPostAsync(TrackMissingRelative.Query query, CancellationToken cancellationToken) =>
        RunAsync(query.Code, query.Pin, () => track.HandleAsync(query, cancellationToken), null, cancellationToken);

    public Task<IActionResult> OnPostAddAsync(AddFamilyInformation.Command add, [FromServices] AddFamilyInformation.Handler handler, CancellationToken cancellationToken) =>
        RunAsync(add.Code, add.Pin, () => handler.HandleAsync(add, cancellationToken), Catalogue.Say(Keys.MissingInformationAdded), cancellationToken);

    /// <summary>Closes the case on this device, for a shared phone.</summary>
    public IActionResult OnPostClose()
    {
        ticket.Forget(HttpContext, PagePath);
        return RedirectToPage();
    }

    /// <summary>
    /// Success redirects to the page, which shows the case again from the ticket. Any refusal, a wrong number or PIN
    /// included, is shown on the page; when only the added information was refused, the case stays on screen.
    /// </summary>
    private async Task<IActionResult> RunAsync(string? code, string? pin, Func<Task<TrackMissingRelative.View>> action, string? notice, CancellationToken cancellationToken)
    {
        (Code, Pin) = (code ?? "", pin ?? "");
        if (ModelState.IsValid && await TryAsync(async () => Case = await action()))
        {
            ticket.Issue(HttpContext, PagePath, Case!.CaseNumber, Pin);
            if (notice is not null) TempData["Notice"] = notice;
            return RedirectToPage();
        }
        if (notice is not null && Pin.Length > 0) await TryAsync(async () => Case = await track.HandleAsync(new TrackMissingRelative.Query(Code, Pin), cancellationToken));
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
            if (e.Code is ErrorCodes.MissingCaseNotFound or ErrorCodes.MissingCaseLocked) Pin = "";
            return false;
        }
    }
}
