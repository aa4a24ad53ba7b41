using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>Issue 22 items 4, 9, 10, 11, 13, 16: the complaint's receipt, and following the complaint, on a phone in Khmer.</summary>
public sealed class ComplaintReceiptAndTrackingJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFoundAgencyIsChosen_TheReceiptSurvivesAReload_AndTheComplaintStaysOpenAcrossLanguages()
    {
        var agency = await TestAgency.CreateAsync(app);
        var what = $"ភ្នាក់ងារបានរក្សាលិខិតឆ្លងដែនរបស់ខ្ញុំ {Guid.NewGuid():N}";
        var pdf = Path.Combine(Path.GetTempPath(), $"receipt-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, TestAgency.Pdf, Ct);
        var phone = await app.NewPageAsync(phone: true);
        await phone.GotoAsync("/complaints/new");
        var form = new ComplaintFormPage(phone);
        await form.FillWorkerAsync("ចាន់ សុភា", "+855 12 555 011", "KH-2");
        await form.FindAgencyAsync(agency.RegistrationNumber);
        await Assertions.Expect(form.AgencyChoices.First).ToBeCheckedAsync();
        await Assertions.Expect(phone.Locator("#Complaint_AgencyId_None")).Not.ToBeCheckedAsync();
        await form.ChooseCategoryAsync("DocumentsKept");
        await form.WhatHappened.FillAsync(what);
        await form.Evidence.SetInputFilesAsync(pdf);
        var (antiforgery, formToken) = await form.HiddenTokensAsync();
        await form.SendAsync();

        await Assertions.Expect(form.TrackingCode).ToHaveTextAsync(new Regex("^C-[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        var code = await form.TrackingCode.InnerTextAsync();
        var pin = await form.Pin.InnerTextAsync();
        await Assertions.Expect(form.NoSms).ToBeVisibleAsync();
        await Assertions.Expect(form.SmsSent).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(phone, "complaint-receipt-no-sms-km-phone");

        await phone.ReloadAsync();
        await Assertions.Expect(form.TrackingCode).ToHaveTextAsync(code);
        var replay = await phone.Context.APIRequest.PostAsync("/complaints/new", new()
        {
            MaxRedirects = 0,
            Form = FormOf(phone.Context.APIRequest, ("__RequestVerificationToken", antiforgery), ("FormToken", formToken), ("Complaint.FiledAs", "Worker"),
                ("Complaint.WorkerName", "ចាន់ សុភា"), ("Complaint.ProvinceCode", "KH-2"), ("Complaint.AgencyId", agency.Id.ToString()),
                ("Complaint.Category", "DocumentsKept"), ("Complaint.WhatHappened", what)),
        });
        Assert.Equal(302, replay.Status);
        Assert.Equal("/complaints/received", replay.Headers["location"]);
        Assert.Equal(1, await app.WithDbAsync(db => db.Complaints.CountAsync(c => c.Account.WhatHappened == what, Ct)));

        var track = new ComplaintTrackPage(phone);
        await track.OpenWithAsync(code, pin);
        await Assertions.Expect(track.Status).ToHaveTextAsync("បានទទួល");
        await Assertions.Expect(track.Files).ToHaveCountAsync(1);
        await Assertions.Expect(track.Files.First).ToContainTextAsync(Path.GetFileName(pdf));
        await Assertions.Expect(track.Files.First).ToContainTextAsync($"{TestAgency.Pdf.Length} B");
        await BrowserApp.ScreenshotAsync(phone, "complaint-track-files-km-phone");

        await track.SwitchToEnglishAsync();
        await Assertions.Expect(track.Status).ToHaveTextAsync("Received");
        await phone.ReloadAsync();
        await Assertions.Expect(track.Status).ToHaveTextAsync("Received");
        Assert.DoesNotContain(pin, phone.Url);
    }

    [Fact]
    public async Task AfterFiveWrongPins_TheRightPinIsToldTheComplaintIsLocked_AndUntilWhen()
    {
        var filed = await FiledComplaint.FileAsync(app, null);
        var wrongPin = filed.Pin == "000000" ? "000001" : "000000";
        var phone = await app.NewPageAsync(phone: true);
        var track = new ComplaintTrackPage(phone);
        for (var i = 0; i < 4; i++)
        {
            await track.OpenWithAsync(filed.Code, wrongPin);
            await Assertions.Expect(track.ErrorSummary).ToContainTextAsync("មិនមានពាក្យបណ្តឹង");
        }
        await track.OpenWithAsync(filed.Code, wrongPin);
        var lockedUntil = await app.WithDbAsync(db => Task.FromResult(db.Complaints.Single(c => c.Id == filed.Id).PinLockedUntil!.Value));
        var until = global::Licensing.Domain.Calendar.PhnomPenh.LocalTime(lockedUntil).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        await track.OpenWithAsync(filed.Code, filed.Pin);
        await Assertions.Expect(track.ErrorSummary).ToContainTextAsync($"ចាក់សោរហូតដល់ម៉ោង {until} (ម៉ោងភ្នំពេញ)");
        await Assertions.Expect(track.Status).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(phone, "complaint-track-locked-km-phone");
        await track.SwitchToEnglishAsync();
        await track.OpenWithAsync(filed.Code, filed.Pin);
        await Assertions.Expect(track.ErrorSummary).ToContainTextAsync($"locked until {until} (Phnom Penh time)");
    }

    private static IFormData FormOf(IAPIRequestContext request, params (string Name, string Value)[] fields)
    {
        var form = request.CreateFormData();
        foreach (var (name, value) in fields) form.Append(name, value);
        return form;
    }
}
