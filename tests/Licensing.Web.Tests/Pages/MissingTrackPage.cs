using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/missing/track: the family opens its case with the case number and PIN, and adds what it learns.</summary>
public sealed class MissingTrackPage(IPage page) : Layout(page)
{
    public async Task OpenCaseAsync(string number, string pin)
    {
        await Page.Locator("#Query_Code").FillAsync(number);
        await Page.Locator("#Query_Pin").FillAsync(pin);
        await Page.Locator("main form button.button").ClickAsync();
    }

    public ILocator CaseNumber => Page.Locator(".case-number");

    public ILocator Status => Page.Locator(".case-status");

    public ILocator Entries => Page.Locator(".family-entries");

    public ILocator Hotline => Page.Locator(".hotline");

    public async Task AddInformationAsync(string text)
    {
        await Page.Locator("#Add_Text").FillAsync(text);
        await Page.Locator(".add-information button").ClickAsync();
    }
}
