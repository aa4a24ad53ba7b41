using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class OfficerApplicationPage(IPage page) : Layout(page)
{
    public async Task OpenFromQueueAsync(string agencyName)
    {
        await Page.GotoAsync("/officer/applications");
        await Page.GetByRole(AriaRole.Link, new() { Name = agencyName }).ClickAsync();
    }

    public Task StartReviewAsync() => Page.Locator("form[action*='handler=StartReview'] button").ClickAsync();

    public async Task RequestInformationAsync(string message)
    {
        await Page.Locator("#request").FillAsync(message);
        await Page.Locator("form[action*='handler=RequestInformation'] button").ClickAsync();
    }

    public Task ApproveAsync() => Page.Locator("form[action*='handler=Approve'] button").ClickAsync();

    public Task OpenLicenceAsync() => Page.Locator("a[href^='/officer/licences/']").ClickAsync();
}
