using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class UsersPage(IPage page) : Layout(page)
{
    public async Task SearchAsync(string text)
    {
        await Page.Locator("#search").FillAsync(text);
        await Page.Locator("form.filters button").ClickAsync();
    }

    public ILocator Rows => Page.Locator("table tbody tr");
}
