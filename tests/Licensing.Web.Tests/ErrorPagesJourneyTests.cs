using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>Issue 20, observation 3: the error pages a person meets on a phone, in Khmer, in the site's layout.</summary>
public sealed class ErrorPagesJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task AnAddressThatDoesNotExist_ReachedFromAKhmerPage_ShowsTheKhmerNotFoundPage()
    {
        var page = await app.NewPageAsync(phone: true);
        await page.GotoAsync("/verify");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "km");

        var response = await page.GotoAsync("/verify/licences/no-such-address/at-all");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "km");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("រកមិនឃើញទំព័រ");
        await Assertions.Expect(page.Locator(".site-header")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hotline a")).ToHaveAttributeAsync("href", "tel:1297");
        await BrowserApp.ScreenshotAsync(page, "error-404-km-phone");
    }

    [Fact]
    public async Task TooManySearches_OnTheKhmerVerificationPage_ShowTheKhmerPageSayingHowLongToWait()
    {
        var page = await app.NewPageAsync(phone: true);
        await page.GotoAsync("/verify");
        IResponse? response = null;
        for (var i = 0; i < 150 && response?.Status != 429; i++)
        {
            response = await page.GotoAsync("/verify?query=Angkor");
        }

        Assert.Equal(429, response!.Status);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "km");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("ការព្យាយាមច្រើនដងពេក");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("សូមរង់ចាំ");
        await Assertions.Expect(page.Locator(".hotline a")).ToHaveTextAsync("1297");
        await BrowserApp.ScreenshotAsync(page, "error-429-km-phone");
    }
}
