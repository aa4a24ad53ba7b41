using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class ComplaintStatisticsPage(IPage page) : Layout(page)
{
    public ILocator Total => Page.Locator("dl.stats dd").First;
    public ILocator Tables => Page.Locator("main table");

    public async Task<ComplaintStatisticsPage> OpenAsync(string query = "")
    {
        await Page.GotoAsync("/complaints/statistics" + query);
        return this;
    }
}
