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

    public IReadOnlyList<VerifyLicence.Match> Matches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim();
        Matches = await handler.SearchAsync(Query, cancellationToken);
    }
}
