using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

public sealed class FoundationJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task HomePage_IsKhmerByDefault_AndSwitchesToEnglishAndBack()
    {
        var home = await new HomePage(await app.NewPageAsync(phone: true)).OpenAsync();
        Assert.Equal("km", await home.LanguageAsync());
        Assert.Equal(3, await home.Cards.CountAsync());
        Assert.Matches("[\u1780-\u17FF]", await home.Heading.InnerTextAsync());
        await BrowserApp.ScreenshotAsync(home.Page, "home-km-phone");

        await home.SwitchToEnglishAsync();
        Assert.Equal("en", await home.LanguageAsync());
        Assert.Contains("licensed agency", await home.Heading.InnerTextAsync());
        await BrowserApp.ScreenshotAsync(home.Page, "home-en-phone");

        await home.SwitchToKhmerAsync();
        Assert.Equal("km", await home.LanguageAsync());
    }

    [Fact]
    public async Task SignIn_ThenSignOut()
    {
        var login = await new LoginPage(await app.NewPageAsync()).OpenAsync();
        await login.SignInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword);
        await Assertions.Expect(login.SignOutButton).ToBeVisibleAsync();
        Assert.Equal(app.BaseUrl + "/officer/applications", login.Page.Url);

        await login.SignOutButton.ClickAsync();
        await Assertions.Expect(login.SignInLink).ToBeVisibleAsync();
        await Assertions.Expect(login.SignOutButton).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsTheErrorAndKeepsTheEmail()
    {
        var login = await new LoginPage(await app.NewPageAsync(phone: true)).OpenAsync();
        await login.SignInAsync(DemoLogins.Inspector, "not-the-password");

        await Assertions.Expect(login.ErrorSummary).ToContainTextAsync("wrong");
        Assert.Equal(DemoLogins.Inspector, await login.Email.InputValueAsync());
        await BrowserApp.ScreenshotAsync(login.Page, "login-error-en-phone");
    }

    [Fact]
    public async Task Administrator_CreatesAUser_WhoThenAppearsInTheList()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).SignInAsync(DemoLogins.Administrator, LicensingApp.DemoPassword);

        var create = await new CreateUserPage(page).OpenAsync();
        await create.SubmitAsync();
        await Assertions.Expect(create.ErrorSummary).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "create-user-errors-en");

        var email = $"pdlvt-{Guid.NewGuid():N}@test.example";
        await create.FillAsync("Sok Dara", email, "ProvincialOfficer", "Brand-New-Pass-1", provinceCode: "KH-17");
        await create.SubmitAsync();

        var users = new UsersPage(page);
        await Assertions.Expect(users.Notice).ToContainTextAsync(email);
        await users.SearchAsync(email);
        await Assertions.Expect(users.Rows).ToHaveCountAsync(1);
        await Assertions.Expect(users.Rows.First).ToContainTextAsync("សៀមរាប");
        await BrowserApp.ScreenshotAsync(page, "users-en");
    }

    [Fact]
    public async Task AdministrationPages_RenderForTheAdministrator()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).SignInAsync(DemoLogins.Administrator, LicensingApp.DemoPassword);

        foreach (var (path, name) in new[] { ("/admin/jobs", "jobs"), ("/admin/settings", "settings"), ("/admin/audit", "audit"), ("/admin/holidays", "holidays"), ("/inbox", "inbox") })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await BrowserApp.ScreenshotAsync(page, name + "-en");
        }
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("ប្រអប់សារ");
    }

    [Fact]
    public async Task AdministrationPages_AreDeniedToOtherRoles()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).SignInAsync(DemoLogins.AgencyStaff, LicensingApp.DemoPassword);

        await page.GotoAsync("/admin/users");
        Assert.Contains("/account/denied", page.Url);
    }
}
