using Licensing.Api.Tests.Support;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Settings;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>Issue 22 item 2: the family's public form finds the worker tolerantly and always gives the hotline.</summary>
public sealed class MissingRelativeJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFamily_WithTheNameInTheOtherOrder_AnUnknownPassport_AndTheDateOfBirth_OpensTheCase_InKhmer()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        var registered = await app.WithDbAsync(db => db.Workers.AsNoTracking().SingleAsync(w => w.Id == worker.Id, Ct));
        var otherOrder = string.Join("  ", registered.NameKm.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse());
        var hotline = SettingCatalog.Find(SettingCatalog.PublicHotline)!.Default;
        var page = await app.NewPageAsync(phone: true);
        var form = await new MissingReportPage(page).OpenAsync();
        await Assertions.Expect(form.Hotline).ToContainTextAsync(hotline);

        await form.FillAsync("សុខ ដារា", "+855 12 345 679", "ម្ដាយ", otherOrder, "X9999999", "បាងកក ប្រទេសថៃ",
            DateTime.UtcNow.AddHours(7).AddDays(-1), "កូនស្រីខ្ញុំបាត់ទំនាក់ទំនងតាំងពីម្សិលមិញ។");
        await form.FillDateOfBirthAsync(registered.DateOfBirth.AddDays(1));
        await form.SendAsync();
        await Assertions.Expect(form.ErrorSummary).ToContainTextAsync(hotline);
        await BrowserApp.ScreenshotAsync(page, "report-missing-not-found-km-phone");

        await form.FillDateOfBirthAsync(registered.DateOfBirth);
        await form.SendAsync();
        await Assertions.Expect(form.CaseNumber).ToBeVisibleAsync();
        var number = await form.CaseNumber.InnerTextAsync();
        await Assertions.Expect(form.Hotline).ToContainTextAsync(hotline);
        await page.ReloadAsync();
        await Assertions.Expect(form.CaseNumber).ToHaveTextAsync(number);
        await BrowserApp.ScreenshotAsync(page, "report-missing-received-hotline-km-phone");

        var opened = await app.WithDbAsync(db => db.DisappearanceCases.AsNoTracking().SingleAsync(c => c.Number == number, Ct));
        Assert.Equal((worker.Id, ReportSource.Family, false), (opened.WorkerId, opened.Source, opened.Verified));
    }
}
