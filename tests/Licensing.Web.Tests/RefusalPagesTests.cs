using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Calendar;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>The refusals of issue 16's observations 3, 6 and 9b, as a person sees them on the pages, in English and Khmer.</summary>
public sealed class RefusalPagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R26")]
    [Trait("Rule", "R33")]
    public async Task RestrictedAndReservedJobOrders_AreRefusedOnThePage_WithTheLegalBasis_InEnglishAndKhmer()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var english = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true);
        var orders = new JobOrdersPage(english);
        await orders.RegisterAsync("MY", "Fictitious Household Sdn. Bhd.", "domestic-work", "Housekeeper", 1, 1_200m, "MYR");
        await Assertions.Expect(orders.ErrorSummary).ToContainTextAsync("prohibited since October 2011");
        await Assertions.Expect(orders.ErrorSummary).ToContainTextAsync("Legal basis: Royal Government of Cambodia suspension of sending Cambodian domestic workers to Malaysia");

        var khmer = new JobOrdersPage(await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true, english: false));
        await khmer.RegisterAsync("MY", "Fictitious Household Sdn. Bhd.", "domestic-work", "Housekeeper", 1, 1_200m, "MYR");
        await Assertions.Expect(khmer.ErrorSummary).ToContainTextAsync("ខែតុលា ឆ្នាំ២០១១");
        await Assertions.Expect(khmer.ErrorSummary).ToContainTextAsync("មូលដ្ឋានច្បាប់");
        await khmer.RegisterAsync("KR", "Fictitious Parts Co.", "manufacturing", "Operator", 1, 2_000_000m, "KRW");
        await Assertions.Expect(khmer.ErrorSummary).ToContainTextAsync("MTOSB");
        await Assertions.Expect(khmer.ErrorSummary).ToContainTextAsync("កូរ៉េខាងត្បូង");
        await BrowserApp.ScreenshotAsync(khmer.Page, "job-order-reserved-country-km-phone");

        var admin = await app.SignedInAsync(DemoLogins.Administrator, LicensingApp.DemoPassword, phone: false, english: false);
        await admin.GotoAsync("/admin/restrictions");
        await Assertions.Expect(admin.Locator("table.restrictions")).ToContainTextAsync("ខែតុលា ឆ្នាំ២០១១");
        await Assertions.Expect(admin.Locator("ul.public-agencies")).ToContainTextAsync("MTOSB");
        await BrowserApp.ScreenshotAsync(admin, "admin-restrictions-km");
    }

    [Fact]
    [Trait("Rule", "R8")]
    public async Task AnOrdinaryVisitSoonerThanTheNotice_IsRefusedOnTheVisitPage_InEnglishAndKhmer()
    {
        var today = PhnomPenh.DateOf(DateTimeOffset.UtcNow);
        var agency = await LicensedAgency.CreateAsync(app);
        using var chiefApi = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var created = await chiefApi.PostAsJsonAsync("/api/v1/inspection-plans", new { year = today.Year + 1 }, Ct);
        var plan = (await chiefApi.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString(), Ct)).GetProperty("id").GetGuid();
        var visit = await app.WithDbAsync(db => db.Inspections.Where(i => i.PlanId == plan && i.AgencyId == agency.Agency.Id && i.Team.Any()).Select(i => i.Id).FirstAsync(Ct));

        foreach (var (english, expected) in new[] { (true, $"the earliest date it can be scheduled for is"), (false, "ជូនដំណឹងដល់ភ្នាក់ងារ") })
        {
            var chief = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: false, english: english);
            await chief.GotoAsync($"/inspections/{visit}");
            await chief.Locator("#date").FillAsync($"{today.AddDays(2):yyyy-MM-dd}");
            await chief.Locator("form[action*='handler=Schedule'] button").ClickAsync();
            var page = new Layout(chief);
            await Assertions.Expect(page.ErrorSummary).ToContainTextAsync(expected);
            await Assertions.Expect(page.ErrorSummary).ToContainTextAsync($"{today.AddDays(7):yyyy-MM-dd}");
        }
    }
}
