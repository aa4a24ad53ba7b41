using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

public sealed class ComplaintJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task FileAComplaint_InKhmer_OnAPhone_WithoutAnAccount_ThenFollowIt()
    {
        var agency = await TestAgency.CreateAsync(app);
        var phone = await app.NewPageAsync(phone: true);
        await new HomePage(phone).OpenAsync();
        Assert.Equal("km", await new Layout(phone).LanguageAsync());
        await phone.Locator("main a[href='/complaints/new']").ClickAsync();

        var form = new ComplaintFormPage(phone);
        await form.FillWorkerAsync("ចាន់ សុភា", "+855 12 555 010", "KH-2");
        await form.FindAgencyAsync(agency.RegistrationNumber);
        await Assertions.Expect(form.AgencyChoices).ToHaveCountAsync(2);
        await form.AgencyChoices.First.CheckAsync();
        await form.WhatHappened.FillAsync("ភ្នាក់ងារបានរក្សាលិខិតឆ្លងដែនរបស់ខ្ញុំ ហើយមិនព្រមប្រគល់វិញ។");
        await form.SendAsync();

        await Assertions.Expect(form.ErrorSummary).ToBeVisibleAsync();
        await Assertions.Expect(form.WhatHappened).ToHaveValueAsync("ភ្នាក់ងារបានរក្សាលិខិតឆ្លងដែនរបស់ខ្ញុំ ហើយមិនព្រមប្រគល់វិញ។");
        await Assertions.Expect(form.WorkerName).ToHaveValueAsync("ចាន់ សុភា");
        await Assertions.Expect(form.AgencyChoices.First).ToBeCheckedAsync();
        await BrowserApp.ScreenshotAsync(phone, "complaint-form-error-km-phone");

        await form.ChooseCategoryAsync("DocumentsKept");
        await form.SendAsync();
        await Assertions.Expect(form.TrackingCode).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^C-[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        var code = await form.TrackingCode.InnerTextAsync();
        var pin = await form.Pin.InnerTextAsync();
        await BrowserApp.ScreenshotAsync(phone, "complaint-receipt-km-phone");

        var track = new ComplaintTrackPage(phone);
        await track.OpenWithAsync(code, pin);
        await Assertions.Expect(track.Status).ToHaveTextAsync("បានទទួល");

        using var officer = await app.ClientForAsync(DemoLogins.ProvincialOfficer);
        var id = await app.WithDbAsync(db => Task.FromResult(db.Complaints.Single(c => c.TrackingCode == code).Id));
        await FiledComplaint.StepAsync(officer, id, "steps", new { step = "Acknowledge" });
        await FiledComplaint.StepAsync(officer, id, "entries", new { kind = "QuestionToComplainant", text = "When did you hand over the passport?" });

        await track.OpenWithAsync(code, pin);
        await Assertions.Expect(track.Status).ToHaveTextAsync("បានទទួលស្គាល់");
        await Assertions.Expect(track.History).ToContainTextAsync("When did you hand over the passport?");
        await track.AddInformationAsync("នៅថ្ងៃទី ៣ ខែតុលា។");
        await Assertions.Expect(track.Notice).ToBeVisibleAsync();
        await Assertions.Expect(track.History).ToContainTextAsync("នៅថ្ងៃទី ៣ ខែតុលា។");
        await BrowserApp.ScreenshotAsync(phone, "complaint-track-km-phone");

        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"the page is {width}px wide on a 360px phone");
    }

    [Fact]
    [Trait("Rule", "R24")]
    [Trait("Rule", "R25")]
    public async Task TheProvinceHandlesIt_AndTheAgencyAnswers_WithoutSeeingWhoComplained()
    {
        var agency = await TestAgency.CreateAsync(app);
        var filed = await FiledComplaint.FileAsync(app, agency.Id, whatHappened: "<script>alert('x')</script> The agency kept my passport.");

        var desk = await app.SignedInAsync(DemoLogins.ProvincialOfficer, LicensingApp.DemoPassword, phone: false);
        var officer = new OfficerComplaintPage(desk);
        await officer.OpenFromListAsync(filed.Code);
        await Assertions.Expect(officer.Complainant).ToContainTextAsync(FiledComplaint.WorkerName);
        await officer.NextStepAsync();
        await Assertions.Expect(officer.Status).ToHaveTextAsync("Acknowledged");
        await officer.NextStepAsync();
        await Assertions.Expect(officer.Status).ToHaveTextAsync("Under investigation");
        await officer.AskAsync("QuestionToAgency", "Where is the worker's passport?");
        await Assertions.Expect(officer.Notice).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(desk, "complaint-officer-en");
        await desk.GotoAsync("/complaints/dashboard");
        await BrowserApp.ScreenshotAsync(desk, "complaint-dashboard-en");
        var statistics = await new ComplaintStatisticsPage(desk).OpenAsync();
        var inProvince = await app.WithDbAsync(db => db.Complaints.CountAsync(c => c.Complainant.ProvinceCode == "KH-2", TestContext.Current.CancellationToken));
        await Assertions.Expect(statistics.Total).ToHaveTextAsync(inProvince.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(statistics.Tables).ToHaveCountAsync(4);
        await BrowserApp.ScreenshotAsync(desk, "complaint-statistics-en");

        var portal = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true);
        var answer = new AgencyComplaintPage(portal);
        await answer.OpenFromListAsync(filed.Code);
        await Assertions.Expect(answer.History).ToContainTextAsync("Where is the worker's passport?");
        await Assertions.Expect(answer.Facts).Not.ToContainTextAsync("Sok Chanda");
        await answer.AnswerAsync("The passport was returned on 5 November.");
        await Assertions.Expect(answer.Notice).ToBeVisibleAsync();
        await Assertions.Expect(answer.History).ToContainTextAsync("The passport was returned on 5 November.");
        Assert.DoesNotContain(FiledComplaint.Phone, await portal.ContentAsync());
        await BrowserApp.ScreenshotAsync(portal, "complaint-agency-en-phone");
    }
}
