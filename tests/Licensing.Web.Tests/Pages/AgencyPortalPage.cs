using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class AgencyPortalPage(IPage page) : Layout(page)
{
    public async Task<AgencyPortalPage> OpenAsync()
    {
        await Page.GotoAsync("/agency");
        return this;
    }

    public Task StartNewApplicationAsync() => Page.Locator("button[name=kind][value=New]").ClickAsync();
}
