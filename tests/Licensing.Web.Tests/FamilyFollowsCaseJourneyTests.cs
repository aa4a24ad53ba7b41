using Licensing.Api.Tests.Support;
using Licensing.Domain.Settings;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>Issue 22 items 2 and 3: the family of an unregistered migrant files, keeps its receipt, and follows the case on a phone, in Khmer.</summary>
public sealed class FamilyFollowsCaseJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFamily_FilesForAnUnregisteredMigrant_ReloadsTheReceipt_ThenFollowsTheCase_AndAddsInformation_InKhmer()
    {
        var hotline = SettingCatalog.Find(SettingCatalog.PublicHotline)!.Default;
        var before = await app.WithDbAsync(db => db.DisappearanceCases.CountAsync(Ct));
        var page = await app.NewPageAsync(phone: true);
        page.SetDefaultNavigationTimeout(90_000); // the first page a fresh host serves, on a loaded machine
        var form = await new MissingReportPage(page).OpenAsync();
        Assert.Equal("km", await form.LanguageAsync());
        await form.FillAsync("ចាន់ ស្រីមុំ", "+855 12 345 678", "ម្ដាយ", "ពេជ្រ សុភា", "N0SUCH" + Random.Shared.Next(100_000, 999_999), "រ៉ាយ៉ុង ប្រទេសថៃ",
            DateTime.UtcNow.AddHours(7).AddDays(-2), "ទូរស័ព្ទរបស់កូនស្រីខ្ញុំបិទតាំងពីបីថ្ងៃមុន។");
        await form.ChooseCountryAsync("TH");
        await form.SendAsync();

        await Assertions.Expect(form.UnregisteredNotice).ToBeVisibleAsync();
        var number = await form.CaseNumber.InnerTextAsync();
        var pin = await form.Pin.InnerTextAsync();
        Assert.Matches("^[0-9]{6}$", pin);
        await Assertions.Expect(form.Hotline).ToContainTextAsync(hotline);
        await BrowserApp.ScreenshotAsync(page, "missing-receipt-unregistered-km-phone");
        await page.ReloadAsync();
        await Assertions.Expect(form.CaseNumber).ToHaveTextAsync(number);
        await Assertions.Expect(form.Pin).ToHaveTextAsync(pin);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.DisappearanceCases.CountAsync(Ct)));

        await form.FollowTheCaseAsync();
        var track = new MissingTrackPage(page);
        await track.OpenCaseAsync(number.ToLowerInvariant(), pin);
        await Assertions.Expect(track.CaseNumber).ToHaveTextAsync(number);
        await Assertions.Expect(track.Status).ToHaveTextAsync("មិនទាន់ដោះស្រាយ");
        await track.AddInformationAsync("មិត្តភក្តិម្នាក់បានឃើញគាត់នៅស្ថានីយ៍ឡានក្រុងនៅរ៉ាយ៉ុង។");
        await Assertions.Expect(track.Notice).ToBeVisibleAsync();
        await Assertions.Expect(track.Entries).ToContainTextAsync("ស្ថានីយ៍ឡានក្រុង");
        await Assertions.Expect(track.Hotline).ToContainTextAsync(hotline);
        await BrowserApp.ScreenshotAsync(page, "missing-track-km-phone");

        await track.SwitchToEnglishAsync();
        await Assertions.Expect(track.CaseNumber).ToHaveTextAsync(number);
        await Assertions.Expect(track.Status).ToHaveTextAsync("Open");
        var added = await app.WithDbAsync(db => db.DisappearanceCases.Where(c => c.Number == number).SelectMany(c => c.Updates).Select(u => u.Party.ToString()).ToListAsync(Ct));
        Assert.Equal(["Family"], added);
    }
}
