using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class HomePage(IPage page) : Layout(page)
{
    public async Task<HomePage> OpenAsync()
    {
        await Page.GotoAsync("/");
        return this;
    }

    public ILocator Cards => Page.Locator(".card");
}
