using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>An officer's view of one complaint, with the handling forms.</summary>
public sealed class OfficerComplaintPage(IPage page) : Layout(page)
{
    public async Task OpenFromListAsync(string code)
    {
        await Page.GotoAsync("/complaints");
        await Page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
    }

    public ILocator Status => Page.Locator(".complaint-status");

    public ILocator Complainant => Page.Locator(".complainant");

    public Task NextStepAsync() => Page.Locator("form[action*='handler=Step'] button").ClickAsync();

    /// <summary>Resolves the complaint with a settlement whose refund is exactly as typed.</summary>
    public async Task ResolveAsync(string terms, string refund)
    {
        await Page.Locator("details:has(form[action*='handler=Resolve']) > summary").ClickAsync();
        await Page.Locator("#Resolution_Terms").FillAsync(terms);
        await Page.Locator("#Resolution_RefundUsd").FillAsync(refund);
        await Page.Locator("form[action*='handler=Resolve'] button").ClickAsync();
    }

    public async Task AskAsync(string kind, string text)
    {
        await Page.Locator("#Entry_Kind").SelectOptionAsync(kind);
        await Page.Locator("#Entry_Text").FillAsync(text);
        await Page.Locator("form[action*='handler=Write'] button").ClickAsync();
    }
}
