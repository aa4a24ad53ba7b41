using Licensing.Application.Sanctions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Verify;

/// <summary>The public ranking of licensed agencies by their latest evaluation band.</summary>
[EnableRateLimiting(PublicForms.Verification)]
public sealed class RankingsModel(PublicStanding.Handler handler) : PageModel
{
    public IReadOnlyList<PublicStanding.Ranked> Ranking { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Ranking = await handler.RankingAsync(cancellationToken);
}
