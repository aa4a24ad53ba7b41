using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/admin/webhooks: each recipient body's webhook address, secret and switch.</summary>
public sealed class WebhooksPage(IPage page) : Layout(page)
{
    public async Task<WebhooksPage> EditAsync(string bodyKey)
    {
        await Page.GotoAsync("/admin/webhooks?body=" + Uri.EscapeDataString(bodyKey));
        return this;
    }

    public ILocator Table => Page.Locator("table.webhooks");

    public async Task SaveAsync(string url, string secret)
    {
        await Page.Locator("#Hook_Url").FillAsync(url);
        await Page.Locator("#Hook_Secret").FillAsync(secret);
        await Page.Locator(".webhook-form button").ClickAsync();
    }
}
