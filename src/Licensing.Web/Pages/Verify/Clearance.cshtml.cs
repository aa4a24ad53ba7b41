using Licensing.Application.Workers;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Verify;

/// <summary>A departure clearance checked by its number or QR code: status and the few facts that prove it, nothing more about the worker.</summary>
[EnableRateLimiting(PublicForms.Verification)]
public sealed class ClearanceModel(VerifyClearance.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Number { get; set; }
    public VerifyClearance.PublicClearance? Clearance { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Number = Number?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(Number)) return;
        try
        {
            Clearance = await handler.ByNumberAsync(Number, cancellationToken);
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.NotFound)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
