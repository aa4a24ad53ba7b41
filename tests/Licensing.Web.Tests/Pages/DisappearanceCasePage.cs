using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/disappearances/{id}: the facts, each recipient's timeline, the updates and the actions.</summary>
public sealed class DisappearanceCasePage(IPage page) : Layout(page)
{
    public ILocator Recipient(string bodyKey) => Page.Locator($".recipient[data-body='{bodyKey}']");
    public ILocator Acknowledgement(string bodyKey) => Recipient(bodyKey).Locator(".acknowledged");
    public ILocator Updates => Page.Locator(".case-updates");
    public ILocator LateBadge => Page.Locator("h1 + .badges .badge-late");

    public async Task PostUpdateAsync(string text)
    {
        await Page.Locator("#Update_Text").FillAsync(text);
        await Page.Locator("form[action$='handler=Update'] button").ClickAsync();
    }
}
