using System.Globalization;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web;

/// <summary>
/// A public page where a record is followed with its code and PIN (a complaint, a family's missing-relative case). The PIN
/// is posted, never put in the address; once it opens the record a <see cref="TrackingTicket"/> keeps it open on this page,
/// so every post redirects to a reload-safe page and a language switch keeps the record on screen.
/// </summary>
public abstract class PinTrackedPage<TView>(TrackingTicket ticket, string pagePath, string notFoundCode, string lockedCode) : PageModel
    where TView : class
{
    public string Code { get; protected set; } = "";
    public string Pin { get; private set; } = "";
    protected TView? Opened { get; private set; }

    /// <summary>The record the code and PIN open, as the page shows it; refuses a wrong code or PIN.</summary>
    protected abstract Task<TView> OpenAsync(string code, string pin, CancellationToken cancellationToken);

    /// <summary>The code the ticket keeps, as the record writes it.</summary>
    protected abstract string CodeOf(TView opened);

    /// <summary>Shows the record the ticket keeps open; a ticket that no longer opens it is forgotten.</summary>
    protected async Task ShowFromTicketAsync(CancellationToken cancellationToken)
    {
        if (ticket.Read(HttpContext) is not { } opened) return;
        (Code, Pin) = (opened.Code, opened.Pin);
        if (!await TryAsync(async () => Opened = await OpenAsync(Code, Pin, cancellationToken)))
        {
            ticket.Forget(HttpContext, pagePath);
        }
    }

    /// <summary>Closes the record on this device, for a shared phone.</summary>
    public IActionResult OnPostClose()
    {
        ticket.Forget(HttpContext, pagePath);
        return RedirectToPage();
    }

    /// <summary>
    /// Success redirects to the page, which shows the record again from the ticket. Any refusal, a wrong code or PIN
    /// included, is shown on the page with what was typed; when only the action was refused, the record stays on screen.
    /// </summary>
    protected async Task<IActionResult> RunAsync(string? code, string? pin, Func<Task<TView>> action, string? notice, CancellationToken cancellationToken)
    {
        (Code, Pin) = (code ?? "", pin ?? "");
        if (ModelState.IsValid && await TryAsync(async () => Opened = await action()))
        {
            ticket.Issue(HttpContext, pagePath, CodeOf(Opened!), Pin);
            if (notice is not null) TempData["Notice"] = notice;
            return RedirectToPage();
        }
        if (notice is not null && Pin.Length > 0) await TryAsync(async () => Opened = await OpenAsync(Code, Pin, cancellationToken));
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
            if (e.Code == notFoundCode || e.Code == lockedCode) Pin = "";
            return false;
        }
    }
}
