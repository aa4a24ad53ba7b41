using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>The administrator reaches Hangfire's dashboard from the jobs page, and the browser runs it under the app's CSP.</summary>
public sealed class HangfireDashboardJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task TheAdministrator_OpensTheDashboardFromTheJobsPage_AndSeesTheRecurringJobs()
    {
        var page = await app.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            // The browser's own request for /favicon.ico (the dashboard names no icon) is not the dashboard's.
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) refused.Add(message.Text);
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url.Contains("/admin/hangfire", StringComparison.Ordinal)) refused.Add($"{response.Status} {response.Url}");
        };
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).SignInAsync(DemoLogins.Administrator, LicensingApp.DemoPassword);

        await page.GotoAsync("/admin/jobs");
        await page.Locator("a[href='/admin/hangfire']").ClickAsync();
        await page.WaitForURLAsync("**/admin/hangfire");
        await page.GotoAsync("/admin/hangfire/recurring");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("licence-expiry-reminders");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Asia/Phnom_Penh");
        await BrowserApp.ScreenshotAsync(page, "hangfire-recurring");
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }
}
