using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class CreateUserPage(IPage page) : Layout(page)
{
    public async Task<CreateUserPage> OpenAsync()
    {
        await Page.GotoAsync("/admin/users/create");
        return this;
    }

    public async Task FillAsync(string fullName, string email, string role, string password, string? provinceCode = null)
    {
        await Page.Locator("#Input_FullName").FillAsync(fullName);
        await Page.Locator("#Input_Email").FillAsync(email);
        await Page.Locator("#Input_Role").SelectOptionAsync(role);
        if (provinceCode is not null) await Page.Locator("#Input_ProvinceCode").SelectOptionAsync(provinceCode);
        await Page.Locator("#Input_Password").FillAsync(password);
    }

    public Task SubmitAsync() => Page.Locator("main button[type=submit]").ClickAsync();
}
