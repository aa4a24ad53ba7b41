using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>The agency portal's view of a complaint against it, and its answer.</summary>
public sealed class AgencyComplaintPage(IPage page) : Layout(page)
{
    public async Task OpenFromListAsync(string code)
    {
        await Page.GotoAsync("/agency/complaints");
        await Page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
    }

    public ILocator Facts => Page.Locator("main .facts");

    public ILocator History => Page.Locator(".timeline");

    public async Task AnswerAsync(string text)
    {
        await Page.Locator("#Answer_Text").FillAsync(text);
        await Page.Locator("main form.narrow button").ClickAsync();
    }
}
