using Licensing.Application.Licences;
using Licensing.Application.Sanctions;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Verify;

[EnableRateLimiting(PublicForms.Verification)]
public sealed class LicenceModel(VerifyLicence.Handler handler, PublicStanding.Handler standing) : PageModel
{
    public string Number { get; private set; } = "";
    public VerifyLicence.PublicLicence? Licence { get; private set; }
    public PublicStanding.Standing? Standing { get; private set; }

    public async Task OnGetAsync(string number, CancellationToken cancellationToken)
    {
        Number = number.Trim().ToUpperInvariant();
        try
        {
            Licence = await handler.ByNumberAsync(Number, cancellationToken);
            Standing = await standing.ByLicenceNumberAsync(Number, cancellationToken);
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.NotFound)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
