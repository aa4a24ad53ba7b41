using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class WorkerImportPage(IPage page) : Layout(page)
{
    public ILocator ImportedCount => Page.Locator(".imported-count");
    public ILocator RejectedRows => Page.Locator(".import-report tr.row-rejected");

    public async Task ImportAsync(string csvPath)
    {
        await Page.GotoAsync("/workers/import");
        await Page.Locator("#file").SetInputFilesAsync(csvPath);
        await Page.Locator("main form button").ClickAsync();
    }
}
