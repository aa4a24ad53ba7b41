using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
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
        await Assertions.Expect(agency.Locator("ul.sites li", new() { HasText = "Kampot PDOT Centre" })).ToContainTextAsync("(កំពត) · 40");
        await BrowserApp.ScreenshotAsync(agency, "agency-site-added-km-phone");
    }

    [Fact]
    public async Task Sanction_ForAFinding_IsRefusedWithoutTheFine_KeepsWhatWasTyped_ThenImposed()
    {
        var finding = await app.WithDbAsync(db => db.Inspections.SelectMany(i => i.Findings, (i, f) => new { i.AgencyId, f.Id }).FirstAsync(Ct));
        var officer = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: true, english: false);
        await officer.GotoAsync($"/sanctions/new?agencyId={finding.AgencyId}&source=InspectionFinding&sourceId={finding.Id}");
        await officer.Locator("#Sanction_Kind").SelectOptionAsync("Fine");
        await officer.Locator("#Sanction_LegalBasis").FillAsync("Prakas 250 (fictitious article)");
        await officer.Locator("#Sanction_Reason").FillAsync("Fees charged without receipts.");
        await officer.Locator("main form button").ClickAsync();

        await Assertions.Expect(officer.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator("#Sanction_LegalBasis")).ToHaveValueAsync("Prakas 250 (fictitious article)");
        await Assertions.Expect(officer.Locator("#Sanction_Kind")).ToHaveValueAsync("Fine");
        await BrowserApp.ScreenshotAsync(officer, "sanction-refused-km-phone");

        await officer.Locator("#Sanction_FineAmountUsd").FillAsync("250");
        await officer.Locator("main form button").ClickAsync();
        await Assertions.Expect(officer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sanctions/[0-9a-f-]{36}$"));
        await Assertions.Expect(officer.Locator("main")).ToContainTextAsync("Prakas 250 (fictitious article)");
    }

    [Fact]
    public async Task Evaluation_OpenedFromTheDueList_ThenAPanelistDeclaresAConflict()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var issued = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-25);
        await app.WithDbAsync(db => db.Licences.Where(l => l.Id == agency.LicenceId).ExecuteUpdateAsync(s => s.SetProperty(l => l.IssuedOn, issued), Ct));
        var member = await EvaluationSteps.PanelistAsync(app, "Government");
        var desk = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: false);
        await desk.GotoAsync("/evaluations");
        await desk.Locator($"form[action*='agencyId={agency.Agency.Id}'] button").ClickAsync();
        await Assertions.Expect(desk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/evaluations/[0-9a-f-]{36}$"));
        var evaluation = Guid.Parse(desk.Url[^36..]);

        await desk.Locator("#seat-user").SelectOptionAsync(member.Id.ToString());
        await desk.Locator("form[action*='handler=Seat'] button").ClickAsync();
        await Assertions.Expect(desk.Locator(".panel-members li")).ToHaveCountAsync(1);

        var panelist = await app.SignedInAsync(member.Email, Users.Password, phone: true, english: false);
        await panelist.GotoAsync($"/evaluations/{evaluation}");
        await panelist.Locator("details.conflict summary").ClickAsync();
        await panelist.Locator("#conflict-reason").FillAsync("My brother manages this agency.");
        await panelist.Locator("form[action*='handler=Conflict'] button").ClickAsync();
        await Assertions.Expect(panelist.Locator(".notice.success")).ToBeVisibleAsync();
        await desk.ReloadAsync();
        await Assertions.Expect(desk.Locator(".panel-members li.excluded")).ToContainTextAsync("My brother manages this agency.");
    }

    [Fact]
    public async Task Worker_RegisteredWithoutAJobOrder_IsAssignedToOneFromTheWorkerPage()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var employer = $"Fictitious Garments {Guid.NewGuid().ToString()[..6]}";
        var phone = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true);
        await new JobOrdersPage(phone).RegisterAsync("TH", employer, "manufacturing", "Sewer", 2, 380m, "USD");

        await new WorkerRegisterPage(phone).RegisterAsync("សុខ លីណា", "Sok Lina (fictitious)", new DateOnly(2001, 4, 2), WorkerSteps.NewNationalId(), "KH-3", "Not yet");
        var worker = new WorkerPage(phone);
        await Assertions.Expect(worker.Status).ToHaveCountAsync(0);
        await phone.Locator("#Assign_JobOrderId").SelectOptionAsync(new SelectOptionValue { Label = $"Sewer · {employer} (TH) · Pending" });
        await phone.Locator("form[action*='handler=Assign'] button").ClickAsync();

        await Assertions.Expect(worker.Notice).ToBeVisibleAsync();
        await Assertions.Expect(worker.Status).ToHaveTextAsync("Preparing");
        await Assertions.Expect(phone.Locator(".deployment h2")).ToContainTextAsync(employer);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
