using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class ComplaintStatisticsPage(IPage page) : Layout(page)
{
    public ILocator Total => Page.Locator("dl.stats dd").First;
    public ILocator Tables => Page.Locator("main table");
    public ILocator Export => Page.Locator("form.filters a.button");

    public async Task<ComplaintStatisticsPage> OpenAsync(string query = "")
    {
        await Page.GotoAsync("/complaints/statistics" + query);
        return this;
    }

    public async Task FilterAsync(DateOnly from, DateOnly to)
    {
        await Page.Locator("#from").FillAsync(from.ToString("yyyy-MM-dd"));
        await Page.Locator("#to").FillAsync(to.ToString("yyyy-MM-dd"));
        await Page.Locator("form.filters button.button").ClickAsync();
    }
}
