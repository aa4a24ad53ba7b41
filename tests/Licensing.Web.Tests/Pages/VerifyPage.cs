using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class VerifyPage(IPage page) : Layout(page)
{
    public async Task<VerifyPage> OpenAsync(string number)
    {
        await Page.GotoAsync($"/verify/{number}");
        return this;
    }

    public ILocator Status => Page.Locator(".verdict .status");

    public async Task SearchAsync(string text)
    {
        await Page.GotoAsync("/verify");
        await Page.Locator("#query").FillAsync(text);
        await Page.Locator("form.search button").ClickAsync();
    }

    public ILocator Results => Page.Locator(".results li");
    public ILocator Count => Page.Locator(".result-count");
    public ILocator Next => Page.Locator(".pager a[rel=next]");
}
