using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class OfficerLicencePage(IPage page) : Layout(page)
{
    public ILocator Number => Page.Locator("main h1");

    public async Task SuspendAsync(string reason, DateOnly until)
    {
        await Page.Locator("#suspend-reason").FillAsync(reason);
        await Page.Locator("#until").FillAsync(until.ToString("yyyy-MM-dd"));
        await Page.Locator("form[action*='handler=Suspend'] button").ClickAsync();
        await ConfirmAsync();
    }
}
