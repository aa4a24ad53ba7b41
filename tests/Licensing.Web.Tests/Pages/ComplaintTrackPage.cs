using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>The complainant's tracking page: code and PIN in, status and history out.</summary>
public sealed class ComplaintTrackPage(IPage page) : Layout(page)
{
    /// <summary>Opens the complaint with its code and PIN, closing first any complaint this browser still has open.</summary>
    public async Task OpenWithAsync(string code, string pin)
    {
        await Page.GotoAsync("/complaints/track");
        if (await CloseButton.CountAsync() > 0) await CloseButton.ClickAsync();
        await Page.Locator("#Query_Code").FillAsync(code);
        await Page.Locator("#Query_Pin").FillAsync(pin);
        await Page.Locator("form button.button").ClickAsync();
    }

    public ILocator CloseButton => Page.Locator("form.close-case button");

    public ILocator Status => Page.Locator(".complaint-status");

    public ILocator Files => Page.Locator(".evidence-files li");

    public ILocator CodeInput => Page.Locator("#Query_Code");

    public ILocator History => Page.Locator(".timeline");

    public async Task AddInformationAsync(string text)
    {
        await Page.Locator("#RespondWith_Text").FillAsync(text);
        await Page.Locator("form[action*='handler=Respond'] button.button").First.ClickAsync();
    }

    public ILocator WithdrawButton => Page.Locator("form[action*='handler=Withdraw'] button");

    public ILocator AddFileButton => Page.Locator("form[action*='handler=Evidence'] button");
}
