using Licensing.Application.Common;
using Licensing.Application.Licences;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Verify;

[EnableRateLimiting(PublicForms.Verification)]
public sealed class IndexModel(VerifyLicence.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Query { get; set; }

    public Page<VerifyLicence.Match> Matches { get; private set; } = null!;

    public async Task OnGetAsync(int? pageNumber, CancellationToken cancellationToken)
    {
        Query = Query?.Trim();
        Matches = await handler.SearchAsync(Query, pageNumber, cancellationToken);
    }
}
