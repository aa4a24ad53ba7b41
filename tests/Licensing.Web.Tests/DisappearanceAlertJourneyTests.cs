using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

public sealed class DisappearanceAlertJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTime PhnomPenhNow => DateTime.UtcNow.AddHours(7);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    [Trait("Rule", "R23")]
    public async Task EmbassyDashboard_ShowsAReportPostedThroughTheApi_WithoutReload_AndTheOfficerAcknowledges(bool phone)
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        var page = await app.SignedInAsync(DemoLogins.EmbassyOfficer, LicensingApp.DemoPassword, phone, english: false);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        var alerts = await new AlertsPage(page).OpenAsync();
        await alerts.WaitUntilLiveAsync();
        await alerts.SoundButton.ClickAsync();
        await Assertions.Expect(alerts.SoundButton).ToHaveAttributeAsync("aria-pressed", "true");

        var (caseId, number) = await ReportThroughTheApiAsync(worker);

        await Assertions.Expect(alerts.Banner).ToContainTextAsync(number);
        await Assertions.Expect(alerts.Case(caseId)).ToBeVisibleAsync();
        var thailand = await app.WithDbAsync(db => db.Countries.Where(c => c.Code == "TH").Select(c => c.Name.Km).SingleAsync(Ct));
        await Assertions.Expect(alerts.Case(caseId).Locator(".alert-country")).ToHaveTextAsync(thailand);
        await Assertions.Expect(alerts.Case(caseId).Locator(".alert-location")).ToHaveTextAsync("Dormitory of the employer, Samut Prakan");
        await Assertions.Expect(alerts.Case(caseId).Locator(".alert-reported")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$"));
        await BrowserApp.ScreenshotAsync(page, phone ? "alerts-banner-km-phone" : "alerts-banner-km");
        Assert.Empty(scriptErrors);

        await alerts.AcknowledgeAsync(caseId);
        await Assertions.Expect(alerts.Notice).ToContainTextAsync(number);
        await alerts.OpenCaseAsync(caseId);
        var casePage = new DisappearanceCasePage(page);
        await Assertions.Expect(casePage.Acknowledgement("embassy:TH")).ToBeVisibleAsync();
        await Assertions.Expect(casePage.Acknowledgement("embassy:TH")).ToContainTextAsync("embassy.th@licensing.example");
        await BrowserApp.ScreenshotAsync(page, phone ? "disappearance-case-km-phone" : "disappearance-case-km");
    }

    [Fact]
    public async Task Agency_ReportsFromTheWorkerPage_KeepsWhatWasTypedOnAnError_AndPostsAnUpdate()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        var page = await app.SignedInAsync(worker.Agency.StaffEmail, Users.Password, phone: true);
        await page.GotoAsync($"/workers/{worker.Id}");
        await page.Locator("a.report-missing").ClickAsync();

        var report = new ReportDisappearancePage(page);
        await report.FillAsync("Night market, Chon Buri", PhnomPenhNow.AddDays(-3), PhnomPenhNow.AddDays(-2), "");
        await report.SendAsync();
        await Assertions.Expect(report.ErrorSummary).ToBeVisibleAsync();
        await Assertions.Expect(report.Location).ToHaveValueAsync("Night market, Chon Buri");

        await page.Locator("#Report_Circumstances").FillAsync("Left the factory after a dispute with the supervisor.");
        await report.SendAsync();
        var casePage = new DisappearanceCasePage(page);
        await Assertions.Expect(casePage.Notice).ToBeVisibleAsync();
        await Assertions.Expect(casePage.LateBadge).ToBeVisibleAsync();
        await casePage.PostUpdateAsync("Called the employer; no news yet.");
        await Assertions.Expect(casePage.Updates).ToContainTextAsync("no news yet");
        await BrowserApp.ScreenshotAsync(page, "disappearance-case-agency-en-phone");
    }

    [Fact]
    public async Task Agency_ConfirmsAnEmbassysReport_AndTheTimeItLearnedIsReadAsPhnomPenhTime()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        var response = await embassy.PostAsJsonAsync("/api/v1/disappearances", new
        {
            workerId = worker.Id, lastKnownLocation = "Bus station, Rayong", lastContactAt = DateTimeOffset.UtcNow.AddDays(-2),
            circumstances = "The employer called the embassy: the worker did not come to work for two days.",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var caseId = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var page = await app.SignedInAsync(worker.Agency.StaffEmail, Users.Password, phone: true);
        await page.GotoAsync($"/disappearances/{caseId}");
        var casePage = new DisappearanceCasePage(page);
        var learned = new DateTime(PhnomPenhNow.Year, PhnomPenhNow.Month, PhnomPenhNow.Day, 8, 30, 0).AddDays(-1);
        await casePage.ConfirmAsync(learned, "We learned of it from the employer yesterday morning.");

        await Assertions.Expect(casePage.Notice).ToBeVisibleAsync();
        await Assertions.Expect(casePage.Facts).ToContainTextAsync(learned.ToString("yyyy-MM-dd HH:mm"));
        await Assertions.Expect(casePage.Updates).ToContainTextAsync("from the employer yesterday morning");
    }

    [Fact]
    public async Task Family_ReportsAWorkerMissing_OnThePublicForm_InKhmer_AndGetsTheCaseNumber()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        var page = await app.NewPageAsync(phone: true);
        var form = await new MissingReportPage(page).OpenAsync();
        Assert.Equal("km", await form.LanguageAsync());
        await form.FillAsync("សុខ ដារា", "+855 12 345 678", "ម្ដាយ", "Sok Chanda", worker.PassportNumber, "សាមុតប្រាកាន ប្រទេសថៃ",
            PhnomPenhNow.AddDays(-2), "ខ្ញុំទូរស័ព្ទទៅកូនស្រីពីរថ្ងៃហើយ តែទូរស័ព្ទបិទ។");
        await BrowserApp.ScreenshotAsync(page, "report-missing-km-phone");
        await form.SendAsync();

        await Assertions.Expect(form.CaseNumber).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\S+"));
        var number = await form.CaseNumber.InnerTextAsync();
        await BrowserApp.ScreenshotAsync(page, "report-missing-received-km-phone");

        var ministry = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: false);
        await (await new DisappearanceListPage(ministry).OpenAsync("?status=Open")).OpenCaseAsync(number);
        var casePage = new DisappearanceCasePage(ministry);
        await Assertions.Expect(casePage.UnverifiedBadge).ToBeVisibleAsync();
        await casePage.VerifyAsync();
        await Assertions.Expect(casePage.UnverifiedBadge).ToHaveCountAsync(0);
        await casePage.ResolveAsync("LocatedSafe", "Found working at another farm; she called her mother.");
        await Assertions.Expect(casePage.Status).ToHaveTextAsync("Closed");
        await BrowserApp.ScreenshotAsync(ministry, "disappearance-case-closed-en");
    }

    [Fact]
    public async Task Administrator_SetsABodysWebhook_AndSeesTheTimeToAcknowledge()
    {
        var page = await app.SignedInAsync(DemoLogins.Administrator, LicensingApp.DemoPassword, phone: false);
        var webhooks = await new WebhooksPage(page).EditAsync("interior");
        await webhooks.SaveAsync("https://moi.example/alerts", "a-secret-of-sixteen-or-more");
        await Assertions.Expect(webhooks.Notice).ToBeVisibleAsync();
        await Assertions.Expect(webhooks.Table).ToContainTextAsync("https://moi.example/alerts");
        Assert.DoesNotContain("a-secret-of-sixteen-or-more", await page.ContentAsync());
        await BrowserApp.ScreenshotAsync(page, "admin-webhooks-en");

        await page.GotoAsync("/disappearances/statistics");
        await Assertions.Expect(page.Locator("table.acknowledgement-times")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "disappearance-statistics-en");
    }

    private async Task<(Guid Id, string Number)> ReportThroughTheApiAsync(DeployedWorker worker)
    {
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var response = await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (body.GetProperty("id").GetGuid(), body.GetProperty("number").GetString()!);
    }
}
