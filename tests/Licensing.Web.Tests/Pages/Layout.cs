using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>What every page shares: the language switch and the navigation.</summary>
public class Layout(IPage page)
{
    public IPage Page => page;

    public Task<string?> LanguageAsync() => page.Locator("html").GetAttributeAsync("lang");

    public Task SwitchToEnglishAsync() => page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

    public Task SwitchToKhmerAsync() => page.GetByRole(AriaRole.Button, new() { Name = "ខ្មែរ" }).ClickAsync();

    public ILocator Heading => page.Locator("h1");

    public ILocator SignInLink => page.Locator("nav a[href='/account/login']");

    public ILocator SignOutButton => page.Locator("nav form[action='/account/logout'] button");

    public ILocator ErrorSummary => page.Locator(".error-summary");

    public ILocator Notice => page.Locator(".notice.success");

    /// <summary>The second step of a destructive or final action: what will happen, and the buttons to do it or go back.</summary>
    public ILocator ConfirmQuestion => page.Locator(".confirm h1");

    public ILocator ConfirmConsequence => page.Locator(".confirm .notice.warning");

    public async Task ConfirmAsync()
    {
        await Assertions.Expect(ConfirmQuestion).ToBeVisibleAsync();
        await page.Locator(".confirm form.confirm-yes button").ClickAsync();
    }

    public Task GoBackAsync() => page.Locator(".confirm .confirm-no").Locator("a, button").ClickAsync();
}
