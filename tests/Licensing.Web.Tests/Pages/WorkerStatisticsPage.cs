using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class WorkerStatisticsPage(IPage page) : Layout(page)
{
    public ILocator Chart => Page.Locator("figure.chart svg");
    public ILocator TotalDeployments => Page.Locator(".total-deployments");

    public async Task<WorkerStatisticsPage> OpenAsync(string query = "")
    {
        await Page.GotoAsync("/workers/statistics" + query);
        return this;
    }
}
