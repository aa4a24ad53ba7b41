using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class LoginPage(IPage page) : Layout(page)
{
    public async Task<LoginPage> OpenAsync()
    {
        await Page.GotoAsync("/account/login?culture=en");
        return this;
    }

    public ILocator Email => Page.Locator("#Input_Email");

    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Page.Locator("#Input_Password").FillAsync(password);
        await Page.Locator("main button[type=submit]").ClickAsync();
    }
}
