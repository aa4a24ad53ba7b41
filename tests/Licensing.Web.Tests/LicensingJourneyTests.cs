using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

public sealed class LicensingJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    [Trait("Rule", "R31")]
    public async Task AgencyApplies_OfficerAsksForMore_AgencyAnswers_Approval_PublicVerification_Suspension()
    {
        var agencyName = $"Journey Manpower {Guid.NewGuid().ToString()[..8]} Co., Ltd.";
        var agency = await TestAgency.CreateAsync(app, agencyName);
        var pdf = Path.Combine(Path.GetTempPath(), $"document-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, TestAgency.Pdf, TestContext.Current.CancellationToken);

        var agencyPage = await app.NewPageAsync(english: true);
        await new LoginPage(agencyPage).OpenAsync();
        await new LoginPage(agencyPage).SignInAsync(agency.StaffEmail, Users.Password);
        await (await new AgencyPortalPage(agencyPage).OpenAsync()).StartNewApplicationAsync();
        var application = new AgencyApplicationPage(agencyPage);
        await Assertions.Expect(application.Status).ToHaveTextAsync("Draft");
        await application.FillDetailsAsync("Sok Chenda", "+855 12 345 678");
        foreach (var code in TestAgency.RequiredDocuments)
        {
            await application.UploadAsync(code, pdf);
            await Assertions.Expect(application.Notice).ToBeVisibleAsync();
        }
        await application.SubmitAsync("All documents attached.");
        await Assertions.Expect(application.Status).ToHaveTextAsync("Submitted");
        await BrowserApp.ScreenshotAsync(agencyPage, "agency-application-submitted-en");

        var officerPage = await app.NewPageAsync(english: true);
        await new LoginPage(officerPage).OpenAsync();
        await new LoginPage(officerPage).SignInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword);
        var review = new OfficerApplicationPage(officerPage);
        await review.OpenFromQueueAsync(agencyName);
        await review.StartReviewAsync();
        await review.RequestInformationAsync("The statute is not signed.");
        await Assertions.Expect(officerPage.Locator(".application-status")).ToHaveTextAsync("Information requested");

        await agencyPage.ReloadAsync();
        await Assertions.Expect(application.InformationRequest).ToContainTextAsync("The statute is not signed.");
        await application.UploadAsync("statute", pdf);
        await application.SubmitAsync("Signed statute attached.");
        await Assertions.Expect(application.Status).ToHaveTextAsync("Submitted");

        await review.OpenFromQueueAsync(agencyName);
        await review.StartReviewAsync();
        await review.ApproveAsync();
        await Assertions.Expect(review.Notice).ToContainTextAsync("PRA-");
        await BrowserApp.ScreenshotAsync(officerPage, "officer-application-approved-en");
        await agencyPage.GotoAsync("/agency");
        // R31: a licensed company is offered a renewal, not a second licence.
        await Assertions.Expect(agencyPage.Locator("button[name=kind][value=New]")).ToHaveCountAsync(0);
        await Assertions.Expect(agencyPage.Locator("button[name=kind][value=Renewal]")).ToBeVisibleAsync();
        var certificate = await agencyPage.APIRequest.GetAsync(await agencyPage.Locator("a[href$='/certificate']").GetAttributeAsync("href") ?? "");
        Assert.Equal("application/pdf", certificate.Headers["content-type"]);
        await BrowserApp.ScreenshotAsync(agencyPage, "agency-portal-licensed-en");

        await review.OpenLicenceAsync();
        var licence = new OfficerLicencePage(officerPage);
        var number = await licence.Number.InnerTextAsync();

        var publicPage = await app.NewPageAsync(phone: true);
        var verify = await new VerifyPage(publicPage).OpenAsync(number);
        await Assertions.Expect(verify.Status).ToHaveTextAsync("សកម្ម");
        await BrowserApp.ScreenshotAsync(publicPage, "verify-active-km-phone");

        await licence.SuspendAsync("Passports kept by the agency", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3));
        await Assertions.Expect(licence.Notice).ToBeVisibleAsync();
        await publicPage.ReloadAsync();
        await Assertions.Expect(verify.Status).ToHaveTextAsync("ផ្អាក");
        await BrowserApp.ScreenshotAsync(publicPage, "verify-suspended-km-phone");
        await BrowserApp.ScreenshotAsync(officerPage, "officer-licence-suspended-en");
    }

    [Fact]
    public async Task PublicSearch_FindsAnAgencyByItsKhmerName()
    {
        var page = await app.NewPageAsync(phone: true);
        var verify = new VerifyPage(page);
        await verify.SearchAsync("អង្គរ");
        Assert.True(await verify.Results.CountAsync() > 0);
        await BrowserApp.ScreenshotAsync(page, "verify-search-km-phone");

        await verify.SearchAsync("No Such Agency Anywhere");
        await Assertions.Expect(page.Locator(".notice.warning")).ToBeVisibleAsync();
    }

    [Fact]
    [Trait("Rule", "R7")]
    public async Task TheRenewal_SaysWhenItsWindowOpens_AndCannotBeBegunBeforeIt()
    {
        var licensed = await LicensedAgency.CreateAsync(app);
        var expiresOn = await app.WithDbAsync(db => db.Licences.Where(l => l.Id == licensed.LicenceId).Select(l => l.ExpiresOn).SingleAsync(TestContext.Current.CancellationToken));
        var page = await app.SignedInAsync(licensed.StaffEmail, Users.Password, phone: true, english: false);
        await page.GotoAsync("/agency");
        var renew = page.Locator("button[name=kind][value=Renewal]");

        await Assertions.Expect(page.Locator(".renewal-window")).ToContainTextAsync(expiresOn.AddDays(-90).ToString("yyyy-MM-dd"));
        await Assertions.Expect(renew).ToBeDisabledAsync();
        await BrowserApp.ScreenshotAsync(page, "agency-renewal-not-yet-km-phone");

        var soon = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        await app.WithDbAsync(db => db.Licences.Where(l => l.Id == licensed.LicenceId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresOn, soon), TestContext.Current.CancellationToken));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".renewal-window")).ToContainTextAsync(soon.ToString("yyyy-MM-dd"));
        await renew.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/agency/applications/"));
    }
}
