using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class LicenceRegisterPage(IPage page) : Layout(page)
{
    public ILocator Numbers => Page.Locator("main table tbody td:first-child a");
    public ILocator Export => Page.Locator("main .heading-row a.button");

    public async Task<LicenceRegisterPage> OpenAsync()
    {
        await Page.GotoAsync("/officer/licences");
        return this;
    }

    public async Task FilterAsync(string? status = null, string? expiringWithinDays = null, string? search = null)
    {
        if (status is not null) await Page.Locator("#status").SelectOptionAsync(status);
        if (expiringWithinDays is not null) await Page.Locator("#expiringWithinDays").FillAsync(expiringWithinDays);
        if (search is not null) await Page.Locator("#search").FillAsync(search);
        await Page.Locator("form.filters button").ClickAsync();
    }
}
