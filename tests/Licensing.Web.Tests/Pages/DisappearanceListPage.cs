using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/disappearances: the cases in the user's scope, with filters.</summary>
public sealed class DisappearanceListPage(IPage page) : Layout(page)
{
    public async Task<DisappearanceListPage> OpenAsync(string query = "")
    {
        await Page.GotoAsync("/disappearances" + query);
        return this;
    }

    public ILocator Cases => Page.Locator("table.cases tbody tr");

    public Task OpenCaseAsync(string number) => Page.Locator("table.cases a", new() { HasText = number }).ClickAsync();
}
