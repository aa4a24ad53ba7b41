using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class WorkerStatisticsPage(IPage page) : Layout(page)
{
    public ILocator Chart => Page.Locator("figure.chart");
    public ILocator ChartLabels => Page.Locator("figure.chart .chart-label");
    public ILocator TotalDeployments => Page.Locator(".total-deployments");
    public ILocator Export => Page.Locator("main .heading-row a.button");

    public async Task<WorkerStatisticsPage> OpenAsync(string query = "")
    {
        await Page.GotoAsync("/workers/statistics" + query);
        return this;
    }

    public async Task FilterAsync(string groupBy, string sex)
    {
        await Page.Locator("#groupBy").SelectOptionAsync(groupBy);
        await Page.Locator("#sex").SelectOptionAsync(sex);
        await Page.Locator("form.filters button").ClickAsync();
    }
}
