using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>
/// Issue 20, item 1: amounts and coordinates typed on a phone are stored as typed, on Khmer pages as on English
/// ones ("." is the decimal point, "," separates thousands, Khmer digits count), and shown back as "USD 1,500.00".
/// </summary>
public sealed class NumberEntryJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("150.50", false, "150.50", "USD 150.50")]
    [InlineData("1,500", false, "1500", "USD 1,500.00")]
    [InlineData("១៥០.៥០", false, "150.50", "USD 150.50")]
    [InlineData("1500.75", true, "1500.75", "USD 1,500.75")]
    [InlineData("1,500", true, "1500", "USD 1,500.00")]
    public async Task A_fine_is_stored_as_typed_and_shown_with_its_currency(string typed, bool english, string stored, string shown)
    {
        var (agency, complaint) = await ComplaintAgainstAFreshAgencyAsync();
        var page = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: true, english);
        var form = new ImposeSanctionPage(page);
        await form.OpenAsync(agency.Id, "Complaint", complaint.Id);
        await form.ImposeAsync("Fine", fine: typed);

        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(shown);
        var fine = await app.WithDbAsync(db => db.Sanctions.Where(s => s.AgencyId == agency.Id).Select(s => s.FineAmountUsd).SingleAsync(Ct));
        Assert.Equal(Amount(stored), fine);
        if (typed == "150.50") await BrowserApp.ScreenshotAsync(page, "sanction-fine-km-phone");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_ambiguous_amount_or_a_fraction_of_a_month_is_refused_with_how_it_was_read_and_nothing_is_stored(bool english)
    {
        var (agency, complaint) = await ComplaintAgainstAFreshAgencyAsync();
        var page = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: true, english);
        var form = new ImposeSanctionPage(page);
        await form.OpenAsync(agency.Id, "Complaint", complaint.Id);

        await form.ImposeAsync("Fine", fine: "1,50");
        await Assertions.Expect(form.ErrorSummary).ToContainTextAsync(english
            ? "“1,50” could be read two ways. Use a point for decimals and commas only between groups of three digits, for example 1,500.50."
            : "“1,50” អាចអានបានពីរយ៉ាង។");
        await Assertions.Expect(form.Fine).ToHaveValueAsync("1,50");
        if (!english) await BrowserApp.ScreenshotAsync(page, "sanction-fine-ambiguous-km-phone");

        await form.ImposeAsync("Suspension", months: "1.5");
        await Assertions.Expect(form.ErrorSummary).ToContainTextAsync(english
            ? "“1.5” was read as 1.5; a whole number is expected here."
            : "“1.5” ត្រូវបានអានជា 1.5។ នៅទីនេះ សូមបញ្ចូលចំនួនគត់។");

        Assert.False(await app.WithDbAsync(db => db.Sanctions.AnyAsync(s => s.AgencyId == agency.Id, Ct)));
    }

    [Theory]
    [InlineData("120.50", false, "120.50", "USD 120.50")]
    [InlineData("១,៥០០", false, "1500", "USD 1,500.00")]
    [InlineData("150.50", true, "150.50", "USD 150.50")]
    public async Task A_refund_is_stored_as_typed_and_the_complainant_reads_it_in_Khmer(string typed, bool english, string stored, string shown)
    {
        var (_, complaint) = await ComplaintAgainstAFreshAgencyAsync();
        using (var api = await app.ClientForAsync(DemoLogins.ProvincialOfficer))
        {
            await FiledComplaint.StepAsync(api, complaint.Id, "steps", new { step = "Acknowledge" });
            await FiledComplaint.StepAsync(api, complaint.Id, "steps", new { step = "Investigate" });
        }
        var desk = await app.SignedInAsync(DemoLogins.ProvincialOfficer, LicensingApp.DemoPassword, phone: true, english);
        await desk.GotoAsync($"/complaints/{complaint.Id}");
        var officer = new OfficerComplaintPage(desk);
        await officer.ResolveAsync("The agency returns the passport and refunds the fee.", typed);
        await Assertions.Expect(officer.Notice).ToBeVisibleAsync();

        var refund = await app.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint.Id).Select(c => c.Settlement!.RefundUsd).SingleAsync(Ct));
        Assert.Equal(Amount(stored), refund);
        var complainant = await app.NewPageAsync(phone: true);
        var track = new ComplaintTrackPage(complainant);
        await track.OpenWithAsync(complaint.Code, complaint.Pin);
        await Assertions.Expect(complainant.Locator("main")).ToContainTextAsync(shown);
        if (typed == "120.50") await BrowserApp.ScreenshotAsync(complainant, "complaint-refund-km-phone");
    }

    [Theory]
    [InlineData("១៥០.៥០", false, "150.50", "THB 150.50")]
    [InlineData("10,500.50", false, "10500.50", "THB 10,500.50")]
    [InlineData("150.50", true, "150.50", "THB 150.50")]
    [InlineData("1,500", true, "1500", "THB 1,500.00")]
    public async Task A_monthly_wage_is_stored_as_typed_and_listed_with_its_currency(string typed, bool english, string stored, string shown)
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var page = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true, english);
        var orders = new JobOrdersPage(page);
        var employer = $"Fictitious Rubber Co. {Guid.NewGuid():N}"[..32];
        await orders.RegisterAsync("TH", employer, "construction", "Tapper", "10", typed, "THB");
        await Assertions.Expect(orders.Card(employer)).ToContainTextAsync(shown);

        var wage = await app.WithDbAsync(db => db.JobOrders.Where(o => o.AgencyId == agency.Agency.Id).Select(o => o.Offer.MonthlyWage).SingleAsync(Ct));
        Assert.Equal(Amount(stored), wage);
        if (!english && typed.StartsWith('១')) await BrowserApp.ScreenshotAsync(page, "job-order-wage-km-phone");
    }

    [Theory]
    [InlineData("១២", false)]
    [InlineData("12", true)]
    public async Task A_whole_number_field_takes_Khmer_digits_from_a_text_input_with_a_numeric_keyboard(string typed, bool english)
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var page = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true, english);
        var orders = new JobOrdersPage(page);
        var employer = $"Fictitious Sugar Co. {Guid.NewGuid():N}"[..32];
        await page.GotoAsync("/job-orders/new");
        await Assertions.Expect(page.Locator("#Order_WorkersRequested")).ToHaveAttributeAsync("type", "text");
        await Assertions.Expect(page.Locator("#Order_WorkersRequested")).ToHaveAttributeAsync("inputmode", "numeric");

        await orders.RegisterAsync("TH", employer, "construction", "Cutter", typed, "9000", "THB");

        await Assertions.Expect(orders.Card(employer)).ToBeVisibleAsync();
        var requested = await app.WithDbAsync(db => db.JobOrders.Where(o => o.AgencyId == agency.Agency.Id).Select(o => o.Offer.WorkersRequested).SingleAsync(Ct));
        Assert.Equal(12, requested);
    }

    [Theory]
    [InlineData("13.3611", "100.9847", false)]
    [InlineData("១៣.៣៦១១", "100.9847", false)]
    [InlineData("13.3611", "100.9847", true)]
    public async Task A_position_typed_with_decimals_is_stored_as_typed(string latitude, string longitude, bool english)
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        var page = await app.SignedInAsync(worker.Agency.StaffEmail, Users.Password, phone: true, english);
        await page.GotoAsync($"/disappearances/report?workerId={worker.Id}");
        var report = new ReportDisappearancePage(page);
        var now = DateTime.UtcNow.AddHours(7);
        await report.FillAsync("Rubber plantation, Chanthaburi", now.AddDays(-1), now.AddHours(-2), "Did not come back from the plantation.");
        await report.FillPositionAsync(latitude, longitude);
        await report.SendAsync();
        await Assertions.Expect(report.Notice).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("(13.3611, 100.9847)");

        var facts = await app.WithDbAsync(db => db.DisappearanceCases.Where(c => c.WorkerId == worker.Id).Select(c => c.Facts).SingleAsync(Ct));
        Assert.Equal((13.3611, 100.9847), (facts.Latitude, facts.Longitude));
    }

    private async Task<(TestAgency Agency, FiledComplaint Complaint)> ComplaintAgainstAFreshAgencyAsync()
    {
        var agency = await TestAgency.CreateAsync(app);
        return (agency, await FiledComplaint.FileAsync(app, agency.Id));
    }

    private static decimal Amount(string invariant) => decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);
}
