using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>At 360 px: the menu is one row until opened, records stack label over value, charts and tables fit.</summary>
public sealed class PhoneLayoutJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int Phone = 360;

    [Fact]
    public async Task TheMenu_IsOneRowOnAPhone_AndOpensWithoutJavaScript()
    {
        var page = await app.NewPageAsync(phone: true, javaScript: false);
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).SignInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword);
        var menu = page.Locator("nav details.menu");
        var register = page.Locator("nav a[href='/officer/licences']");

        var closed = (await page.Locator("nav").BoundingBoxAsync())!.Height;
        Assert.True(closed <= 60, $"the closed menu is {closed}px high");
        await Assertions.Expect(register).Not.ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "menu-closed-en-phone");

        await menu.Locator("summary").ClickAsync();
        await Assertions.Expect(register).ToBeVisibleAsync();
        await Assertions.Expect(new Layout(page).SignOutButton).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "menu-open-en-phone");
        await register.ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/officer/licences");
    }

    [Fact]
    public async Task OnADesktop_TheMenuIsOpenAndHasNoToggle()
    {
        var page = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: false);
        await Assertions.Expect(page.Locator("nav a[href='/officer/licences']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav details.menu > summary")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task RecordPages_StackLabelOverValue()
    {
        var worker = await DeployedWorker.CreateAsync(app);
        var page = await app.SignedInAsync(worker.Agency.StaffEmail, Users.Password, phone: true);
        foreach (var (path, name) in new[] { ($"/workers/{worker.Id}", "worker"), ("/agency", "agency-dashboard") })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("main .facts dd").First).ToBeVisibleAsync();
            var narrowest = await page.EvaluateAsync<double>("Math.min(...[...document.querySelectorAll('main .facts dd')].filter(d => d.offsetParent).map(d => d.getBoundingClientRect().width))");
            Assert.True(narrowest >= 250, $"{path}: a value is squeezed into {narrowest}px");
            await AssertFitsAsync(page, path);
            await BrowserApp.ScreenshotAsync(page, name + "-record-en-phone");
        }
    }

    [Fact]
    public async Task TheWorkerStatisticsChart_IsReadableAndFits()
    {
        var page = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: true);
        var statistics = await new WorkerStatisticsPage(page).OpenAsync("?groupBy=Country");
        await Assertions.Expect(statistics.ChartLabels.First).ToBeVisibleAsync();
        var smallest = await page.EvaluateAsync<double>("Math.min(...[...document.querySelectorAll('figure.chart .chart-label, figure.chart .chart-value')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 12, $"the chart's text is {smallest}px high");
        var fontSize = await statistics.ChartLabels.First.EvaluateAsync<string>("l => getComputedStyle(l).fontSize");
        Assert.True(double.Parse(fontSize.Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 12, fontSize);
        await AssertFitsAsync(page, "worker statistics");
        await BrowserApp.ScreenshotAsync(page, "worker-statistics-en-phone");
    }

    [Fact]
    public async Task TheImportReport_FitsThePhone()
    {
        var agency = await TestAgency.CreateAsync(app);
        var csv = Path.Combine(Path.GetTempPath(), $"workers-{Guid.NewGuid():N}.csv");
        var header = "name_km,name_latin,sex,date_of_birth,national_id,passport_number,province_code,district,commune,village,phone,emergency_contact_name,emergency_contact_phone";
        await File.WriteAllTextAsync(csv, string.Join("\n", header,
            $"លី ធី,Ly-Thy-Sokhom-Vannak-Chanthavy-Sreymom-Pisey-Rattanak,M,1999-02-03,{WorkerSteps.NewNationalId()},,KH-17,Puok-District-Of-Siem-Reap-Province,Puok,Puok Chas,abc,Ly Mao,+855 12 000 006",
            $"កែវ,Keo,M,03/02/1999,{WorkerSteps.NewNationalId()},N{new string('1', 40)},KH-17,Puok,Puok,Puok Chas,+855 12 000 003,Keo Vanna,+855 12 000 004"), TestContext.Current.CancellationToken);

        var page = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true);
        var import = new WorkerImportPage(page);
        await import.ImportAsync(csv);
        await Assertions.Expect(import.RejectedRows).ToHaveCountAsync(2);
        await Assertions.Expect(import.RejectedRows.First).ToContainTextAsync("telephone number");
        await AssertFitsAsync(page, "worker import");
        await BrowserApp.ScreenshotAsync(page, "worker-import-rejected-en-phone");

        await File.WriteAllTextAsync(csv, header.Replace("sex,", "gender,") + "\n", TestContext.Current.CancellationToken);
        await import.ImportAsync(csv);
        await Assertions.Expect(import.ErrorSummary).ToContainTextAsync("emergency_contact_phone");
        await AssertFitsAsync(page, "the refused import");
        await BrowserApp.ScreenshotAsync(page, "worker-import-refused-en-phone");
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= Phone, $"{what} is {width}px wide on a {Phone}px phone");
    }
}
