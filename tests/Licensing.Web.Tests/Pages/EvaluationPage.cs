using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class EvaluationPage(IPage page) : Layout(page)
{
    public ILocator Status => Page.Locator("#evaluation-status");
    public ILocator Band => Page.Locator("#evaluation-band");
    public ILocator Decision => Page.Locator("#evaluation-decision");
    public ILocator Evidence => Page.Locator(".evidence");
    public ILocator PanelMembers => Page.Locator(".panel-members li");

    public async Task<EvaluationPage> OpenAsync(Guid id)
    {
        await Page.GotoAsync($"/evaluations/{id}");
        return this;
    }

    public async Task SeatAsync(Guid userId)
    {
        await Page.Locator("#seat-user").SelectOptionAsync(userId.ToString());
        await Page.Locator("form[action*='handler=Seat'] button").ClickAsync();
    }

    public async Task ScoreAllAsync(int value, string justification)
    {
        foreach (var criterion in await Page.Locator("fieldset.criterion").AllAsync())
        {
            await criterion.Locator($"input[type=radio][value='{value}']").CheckAsync();
            await criterion.Locator("textarea").FillAsync(justification);
        }
        await Page.Locator("form[action*='handler=Scores'] button").ClickAsync();
    }

    public async Task SuspendAsync(int months, string legalBasis, string reason)
    {
        var form = Page.Locator("#decide-sanction");
        await form.Locator("#sanction-kind").SelectOptionAsync("Suspension");
        await form.Locator("#sanction-outcome").SelectOptionAsync("Penalty");
        await form.Locator("#suspension-months").FillAsync(months.ToString());
        await form.Locator("#legal-basis").FillAsync(legalBasis);
        await form.Locator("#sanction-reason").FillAsync(reason);
        await form.Locator("button").ClickAsync();
    }
}
