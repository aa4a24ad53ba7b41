using Licensing.Api.Tests.Support;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>
/// Lists filtered, searched and paged as an officer or the public does it on a phone in Khmer, and every CSV export
/// downloaded after pressing Filter holds what the filtered page shows.
/// </summary>
public sealed class FiltersAndExportsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_licence_register_finds_a_licence_by_its_number_typed_in_Khmer_digits()
    {
        var number = await DemoLicences.ActiveNumberAsync(app);
        var page = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: true, english: false);
        var register = await new LicenceRegisterPage(page).OpenAsync();

        await register.FilterAsync(search: $"PRA-{BilingualDate.KhmerDigits(number[4..8])}-{BilingualDate.KhmerDigits(number[9..])}");

        Assert.Equal([number], await register.Numbers.AllInnerTextsAsync());
        await BrowserApp.ScreenshotAsync(page, "licence-register-search-km-phone");
    }

    [Fact]
    public async Task The_licence_register_export_holds_the_filtered_licences()
    {
        var number = await DemoLicences.ActiveNumberAsync(app);
        var page = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: true, english: false);
        var register = await new LicenceRegisterPage(page).OpenAsync();

        await register.FilterAsync(status: "Active", expiringWithinDays: "៣៦៥០", search: number[..^1]);
        var shown = await register.Numbers.AllInnerTextsAsync();
        var csv = await Download.CsvAsync(register.Export);

        Assert.Contains(number, shown);
        // A Khmer reader gets Khmer headers; the status column keeps the code, followed by its names.
        Assert.Equal(Catalogue.In("km", Keys.CsvNumber), csv[0][0]);
        var status = Array.IndexOf(csv[0], Catalogue.In("km", Keys.CsvStatus));
        Assert.Equal(shown.Order(), csv.Skip(1).Select(row => row[0]).Order());
        Assert.All(csv.Skip(1), row => Assert.Equal("Active", row[status]));
        await BrowserApp.ScreenshotAsync(page, "licence-register-filtered-km-phone");
    }

    [Fact]
    public async Task The_worker_statistics_export_holds_the_filtered_counts()
    {
        var page = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: true, english: false);
        var statistics = await new WorkerStatisticsPage(page).OpenAsync();

        await statistics.FilterAsync(groupBy: "Sex", sex: "Female");
        var total = await statistics.TotalDeployments.InnerTextAsync();
        var csv = await Download.CsvAsync(statistics.Export);

        Assert.Equal(Catalogue.In("km", Keys.CsvSex), csv[0][0]);
        Assert.All(csv.Skip(1).SkipLast(1), row => Assert.Equal("Female", row[0]));
        Assert.Equal(total, csv[^1][2]);
        Assert.NotEqual("0", total);
        await BrowserApp.ScreenshotAsync(page, "worker-statistics-filtered-km-phone");
    }

    [Fact]
    public async Task The_complaint_statistics_export_holds_the_counts_of_the_period()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var page = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: true, english: false);
        var statistics = await new ComplaintStatisticsPage(page).OpenAsync();

        await statistics.FilterAsync(today.AddDays(-90), today.AddDays(1));
        var recent = await statistics.Total.InnerTextAsync();
        var recentCsv = await Download.CsvAsync(statistics.Export);
        await statistics.FilterAsync(new DateOnly(2001, 1, 1), new DateOnly(2001, 12, 31));
        var longAgoCsv = await Download.CsvAsync(statistics.Export);

        Assert.NotEqual("0", recent);
        Assert.Equal(["total", recent], recentCsv[^1][..1].Append(recentCsv[^1][4]));
        Assert.Equal(["total", "0"], longAgoCsv[^1][..1].Append(longAgoCsv[^1][4]));
        await BrowserApp.ScreenshotAsync(page, "complaint-statistics-filtered-km-phone");
    }

    [Fact]
    public async Task Public_verification_pages_its_matches_and_says_how_many_there_are()
    {
        var held = await app.WithDbAsync(db => db.Licences.CountAsync(Ct));
        var page = await app.NewPageAsync(phone: true);
        var verify = new VerifyPage(page);

        await verify.SearchAsync("PRA");
        await Assertions.Expect(verify.Results).ToHaveCountAsync(20);
        await Assertions.Expect(verify.Count).ToContainTextAsync($"1–20 ");
        await Assertions.Expect(verify.Count).ToContainTextAsync($" {held}");
        await BrowserApp.ScreenshotAsync(page, "verify-paged-km-phone");

        await verify.Next.ClickAsync();
        await Assertions.Expect(verify.Count).ToContainTextAsync("21–40 ");
        await Assertions.Expect(page.Locator("#query")).ToHaveValueAsync("PRA");
    }
}
