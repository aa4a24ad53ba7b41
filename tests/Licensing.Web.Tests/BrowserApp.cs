using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Licensing.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>
/// The application on a real Kestrel port (SQLite, demo data) and Debian's Chromium driven by
/// Playwright. Screenshots go to bin/.../screenshots so that a person can look at them.
/// </summary>
public sealed class BrowserApp() : LicensingApp(DatabaseProvider.Sqlite)
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    protected override string EnvironmentName => "Development";

    public override async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (no cookies), phone-sized or desktop-sized, in Khmer (the default) or English, with or without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, bool english = false, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = phone ? new() { Width = 360, Height = 740 } : new() { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        if (english)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = BaseUrl }]);
        }
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in as the user; in Khmer unless English is asked for.</summary>
    public async Task<IPage> SignedInAsync(string email, string password, bool phone, bool english = true)
    {
        var page = await NewPageAsync(phone, english);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(email, password);
        await Assertions.Expect(login.SignOutButton).ToBeAttachedAsync();
        if (!english) await login.SwitchToKhmerAsync();
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
