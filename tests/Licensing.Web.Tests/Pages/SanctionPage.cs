using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class SanctionPage(IPage page) : Layout(page)
{
    public ILocator Status => Page.Locator("#sanction-status");
    public ILocator AppealOutcome => Page.Locator("#appeal-outcome");

    public async Task OpenFromListAsync()
    {
        await Page.GotoAsync("/sanctions");
        await Page.Locator("main table a[href^='/sanctions/']").First.ClickAsync();
    }

    public async Task AppealAsync(string grounds)
    {
        await Page.Locator("#grounds").FillAsync(grounds);
        await Page.Locator("form[action*='handler=Appeal'] button").ClickAsync();
    }

    public async Task DecideAppealAsync(string outcome, string reason)
    {
        await Page.Locator("#appeal-decision").SelectOptionAsync(outcome);
        await Page.Locator("#appeal-reason").FillAsync(reason);
        await Page.Locator("form[action*='handler=Decide'] button").ClickAsync();
    }
}
