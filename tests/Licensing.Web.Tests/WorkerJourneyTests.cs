using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

public sealed class WorkerJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly DateOnly Today = WorkerSteps.LocalToday;

    [Fact]
    [Trait("Rule", "R15")]
    [Trait("Rule", "R20")]
    [Trait("Rule", "R21")]
    [Trait("Rule", "R30")]
    public async Task JobOrder_Approval_Worker_PreDeparture_Deploy_OnSite_Repatriation_Return_OnAPhone()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var employer = $"Fictitious Builders {Guid.NewGuid().ToString()[..6]}";
        var pdf = Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, TestAgency.Pdf, TestContext.Current.CancellationToken);

        var phone = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true);
        var orders = new JobOrdersPage(phone);
        await orders.RegisterAsync("TH", employer, "construction", "Mason", 3, 420m, "USD");
        await Assertions.Expect(orders.Card(employer)).ToContainTextAsync("Pending");
        await BrowserApp.ScreenshotAsync(phone, "job-orders-agency-en-phone");

        var desk = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: false);
        var queue = new JobOrdersPage(desk);
        await desk.GotoAsync("/job-orders?status=Pending");
        await BrowserApp.ScreenshotAsync(desk, "job-orders-officer-en");
        await queue.ApproveAsync(employer);
        await Assertions.Expect(queue.Notice).ToBeVisibleAsync();

        await new WorkerRegisterPage(phone).RegisterAsync("ចាន់ សុភា", "Chan Sophea (fictitious)", Today.AddYears(-23), WorkerSteps.NewNationalId(), "KH-2",
            $"Mason · {employer} (TH) · Approved");
        var worker = new WorkerPage(phone);
        await Assertions.Expect(worker.Status).ToHaveTextAsync("Preparing");
        await Assertions.Expect(worker.MissingConditions).ToHaveCountAsync(5);
        await BrowserApp.ScreenshotAsync(phone, "worker-preparing-en-phone");

        await worker.RecordMedicalAsync(Today.AddDays(-20), "Fictitious Clinic");
        await worker.RecordOrientationAsync(Today.AddDays(-10), 40);
        await worker.RecordContractAsync(Today.AddDays(-5), pdf);
        await worker.RecordTravelDocumentsAsync("N" + WorkerSteps.NewNationalId()[..7], Today);
        await worker.RecordFeeAsync("Service fee", 300m, Today.AddDays(-2), "R-77");
        await Assertions.Expect(worker.Ready).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(phone, "worker-ready-en-phone");

        await worker.RequestClearanceAsync();
        await worker.DeployAsync("Poipet International Border Checkpoint");
        await Assertions.Expect(worker.Status).ToHaveTextAsync("Deployed");
        await worker.ConfirmArrivalAsync();
        await worker.LogOnSiteServiceAsync("Called the worker.", "Overtime not paid", "Employer paid after the agency called.");
        await worker.OpenRepatriationAsync("Illness", "Family", "Employer");
        await BrowserApp.ScreenshotAsync(phone, "worker-abroad-en-phone");
        await worker.RecordReturnAsync("Repatriated");
        await Assertions.Expect(worker.Timeline).ToContainTextAsync("Returned");
        await Assertions.Expect(worker.Timeline).ToContainTextAsync("Overtime not paid");
        await BrowserApp.ScreenshotAsync(phone, "worker-returned-en-phone");
        var workerUrl = phone.Url;

        var embassy = await app.SignedInAsync(DemoLogins.EmbassyOfficer, LicensingApp.DemoPassword, phone: true, english: false);
        await embassy.GotoAsync(workerUrl);
        await Assertions.Expect(new WorkerPage(embassy).Identity).ToContainTextAsync("••••");
        await BrowserApp.ScreenshotAsync(embassy, "worker-embassy-km-phone");

        var statistics = await new WorkerStatisticsPage(desk).OpenAsync("?groupBy=Country");
        await Assertions.Expect(statistics.Chart).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(desk, "worker-statistics-en");
        await statistics.OpenAsync("?groupBy=Month");
        await BrowserApp.ScreenshotAsync(desk, "worker-statistics-month-en");
    }

    [Fact]
    [Trait("Rule", "R32")]
    [Trait("Rule", "R18")]
    public async Task Registration_Clearance_Departure_InKhmer_OnAPhone()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using (var staffApi = await app.ClientForAsync(agency.StaffEmail, Users.Password))
        using (var officerApi = await app.ClientForAsync(DemoLogins.LicensingOfficer))
        {
            var order = await WorkerSteps.CreateJobOrderAsync(staffApi);
            await WorkerSteps.ExpectAsync(System.Net.HttpStatusCode.NoContent, officerApi.PostAsync($"/api/v1/job-orders/{order}/approve", System.Net.Http.Json.JsonContent.Create(new { note = "Employer verified." }), TestContext.Current.CancellationToken));
        }
        var pdf = Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, TestAgency.Pdf, TestContext.Current.CancellationToken);
        var phone = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true, english: false);

        await new WorkerRegisterPage(phone).RegisterAsync("ចាន់ សុភា", "Chan Sophea (fictitious)", Today.AddYears(-23), WorkerSteps.NewNationalId(), "KH-2",
            "General worker · Fictitious Employer Co., Ltd. (TH) · បានអនុម័ត");
        var worker = new WorkerPage(phone);
        await Assertions.Expect(worker.Status).ToHaveTextAsync("កំពុងរៀបចំ");
        await worker.RecordMedicalAsync(Today.AddDays(-20), "Fictitious Clinic");
        await worker.RecordOrientationAsync(Today.AddDays(-10), 40);
        await worker.RecordContractAsync(Today.AddDays(-5), pdf);
        await worker.RecordTravelDocumentsAsync("N" + WorkerSteps.NewNationalId()[..7], Today);
        await Assertions.Expect(worker.Ready).ToBeVisibleAsync();

        var number = await worker.RequestClearanceAsync();
        await Assertions.Expect(worker.ValidClearance).ToContainTextAsync(number);
        await Assertions.Expect(worker.ValidClearance).ToContainTextAsync("លិខិតអនុញ្ញាតចេញដំណើរ");
        await BrowserApp.ScreenshotAsync(phone, "worker-clearance-km-phone");

        var border = await app.NewPageAsync(phone: true);
        await border.GotoAsync($"/verify/clearances/{number}");
        await Assertions.Expect(border.Locator(".clearance-status")).ToHaveTextAsync("មានសុពលភាព");
        await Assertions.Expect(border.Locator(".initials")).ToHaveTextAsync("C. S.");
        await Assertions.Expect(border.Locator("main")).Not.ToContainTextAsync("Sophea");
        await BrowserApp.ScreenshotAsync(border, "clearance-public-km-phone");

        await worker.DeployAsync("Poipet International Border Checkpoint");
        await Assertions.Expect(worker.Status).ToHaveTextAsync("បានបញ្ជូន");
        await Assertions.Expect(worker.Clearances.First).ToContainTextAsync("បានប្រើ");
        await border.ReloadAsync();
        await Assertions.Expect(border.Locator(".clearance-status")).ToHaveTextAsync("បានប្រើ");
    }

    [Fact]
    public async Task Import_ReportsEachRow_OnAPhone()
    {
        var agency = await TestAgency.CreateAsync(app);
        var csv = Path.Combine(Path.GetTempPath(), $"workers-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, string.Join("\n",
            "name_km,name_latin,sex,date_of_birth,national_id,passport_number,province_code,district,commune,village,phone,emergency_contact_name,emergency_contact_phone",
            $"កែវ សុខា,Keo Sokha,M,1999-02-03,{WorkerSteps.NewNationalId()},,KH-17,Puok,Puok,Puok Chas,+855 12 000 003,Keo Vanna,+855 12 000 004",
            $"លី ធី,Ly Thy,X,1999-02-03,{WorkerSteps.NewNationalId()},,KH-17,Puok,Puok,Puok Chas,+855 12 000 005,Ly Mao,+855 12 000 006"), TestContext.Current.CancellationToken);

        var page = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true);
        var import = new WorkerImportPage(page);
        await import.ImportAsync(csv);

        await Assertions.Expect(import.ImportedCount).ToHaveTextAsync("1");
        await Assertions.Expect(import.RejectedRows).ToContainTextAsync("F or M");
        await BrowserApp.ScreenshotAsync(page, "worker-import-en-phone");
    }
}
