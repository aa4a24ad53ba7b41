using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class AgencyInspectionPage(IPage page) : Layout(page)
{
    public async Task OpenFirstAsync()
    {
        await Page.GotoAsync("/agency/inspections");
        await Page.Locator(".results a").First.ClickAsync();
    }

    public ILocator Findings => Page.Locator(".finding");

    public async Task SubmitEvidenceAsync(string note, string file)
    {
        await Page.Locator("form[action*='handler=Evidence'] textarea").First.FillAsync(note);
        await Page.Locator("form[action*='handler=Evidence'] input[type=file]").First.SetInputFilesAsync(file);
        await Page.Locator("form[action*='handler=Evidence'] button").First.ClickAsync();
    }
}
