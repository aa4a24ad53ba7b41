using Licensing.Application.Sanctions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Evaluations;

/// <summary>Sanctions and rewards: every agency's for licensing officers, their own for agency staff.</summary>
public sealed class SanctionsModel(ListSanctions.Handler handler) : PageModel
{
    public IReadOnlyList<ListSanctions.Item> Sanctions { get; private set; } = [];
    public IReadOnlyList<ListSanctions.RewardItem> Rewards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sanctions = await handler.ListAsync(null, ct);
        Rewards = await handler.RewardsAsync(null, ct);
    }
}
