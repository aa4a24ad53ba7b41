using Licensing.Api.Tests.Support;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>
/// Forms of the staff pages that no other journey posts: the fields asp-for names bind, and a refused post shows
/// again what was typed, in Khmer on a phone.
/// </summary>
public sealed class StaffFormsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task RequiredDocument_IsRefusedWithoutACode_KeepsWhatWasTyped_ThenSaves()
    {
        var admin = await app.SignedInAsync(DemoLogins.Administrator, LicensingApp.DemoPassword, phone: true, english: false);
        await admin.GotoAsync("/admin/documents");
        await admin.Locator("#Item_NameKm").FillAsync("លិខិតបញ្ជាក់ពីធនាគារ");
        await admin.Locator("#Item_NameEn").FillAsync("Bank letter");
        await admin.Locator("main form button").ClickAsync();

        await Assertions.Expect(admin.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("#Item_NameEn")).ToHaveValueAsync("Bank letter");
        await BrowserApp.ScreenshotAsync(admin, "admin-documents-refused-km-phone");

        await admin.Locator("#Item_Code").FillAsync("bank-letter");
        await admin.Locator("main form button").ClickAsync();
        await Assertions.Expect(admin.Locator(".notice.success")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("tr", new() { HasText = "bank-letter" })).ToContainTextAsync("Bank letter");

        await admin.Locator("#Item_Code").FillAsync("bank-letter");
        await admin.Locator("#Item_NameKm").FillAsync("លិខិតបញ្ជាក់ពីធនាគារ");
        await admin.Locator("#Item_NameEn").FillAsync("Bank letter");
        await admin.Locator("#Item_Active").UncheckAsync();
        await admin.Locator("main form button").ClickAsync();
        await Assertions.Expect(admin.Locator("tr", new() { HasText = "bank-letter" })).ToContainTextAsync("—");
    }

    [Fact]
    public async Task Restriction_AddedFromTheForm_IsListedWithItsLegalBasis()
    {
        var admin = await app.SignedInAsync(DemoLogins.Administrator, LicensingApp.DemoPassword, phone: true, english: false);
        await admin.GotoAsync("/admin/restrictions");
        await admin.Locator("#Restriction_CountryCode").SelectOptionAsync("JP");
        await admin.Locator("#Restriction_SectorCode").SelectOptionAsync("fisheries");
        await admin.Locator("#Restriction_Since").FillAsync("2026-01-15");
        await admin.Locator("#Restriction_SinceMonthOnly").CheckAsync();
        await admin.Locator("#Restriction_LegalBasisKm").FillAsync("សេចក្តីជូនដំណឹងសាកល្បង");
        await admin.Locator("#Restriction_LegalBasisEn").FillAsync("Trial notice");
        await admin.Locator("form[action*='handler=Add'] button").ClickAsync();

        await Assertions.Expect(admin.Locator(".notice.success")).ToBeVisibleAsync();
        var row = admin.Locator("table.restrictions tr", new() { HasText = "សេចក្តីជូនដំណឹងសាកល្បង" });
        await Assertions.Expect(row).ToContainTextAsync("ខែមករា ឆ្នាំ២០២៦");
        await BrowserApp.ScreenshotAsync(admin, "admin-restriction-added-km-phone");
    }

    [Fact]
    public async Task TrainingCentre_AddedByTheAgency_IsListed()
    {
        var agency = await app.SignedInAsync(DemoLogins.AgencyStaff, LicensingApp.DemoPassword, phone: true, english: false);
        await agency.GotoAsync("/agency");
        await agency.Locator("details:has(form[action*='handler=AddSite']) > summary").ClickAsync();
        await agency.Locator("#site-kind").SelectOptionAsync("TrainingCentre");
        await agency.Locator("#Site_Name").FillAsync("Kampot PDOT Centre");
        await agency.Locator("#Site_Address").FillAsync("National Road 3, Kampot");
        await agency.Locator("#Site_ProvinceCode").SelectOptionAsync("KH-7");
        await agency.Locator("#Site_Capacity").FillAsync("40");
        await agency.Locator("form[action*='handler=AddSite'] button").ClickAsync();

        await Assertions.Expect(agency.Locator(".notice.success")).ToBeVisibleAsync();
        await Assertions.Expect(agency.Locator("ul.sites li", new() { HasText = "Kampot PDOT Centre" })).ToContainTextAsync("(KH-7) · 40");
        await BrowserApp.ScreenshotAsync(agency, "agency-site-added-km-phone");
    }
}
