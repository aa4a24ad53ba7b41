using System.Net.Http.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Complaints;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>Destructive and final actions are confirmed on a second step that needs no JavaScript, and then say what happened.</summary>
public sealed class ConfirmationJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task WithdrawingAComplaint_AsksFirst_CanBeCalledOff_AndSaysItIsWithdrawn_WithoutJavaScript()
    {
        var filed = await FiledComplaint.FileAsync(app, agencyId: null);
        var phone = await app.NewPageAsync(phone: true, javaScript: false);
        var track = new ComplaintTrackPage(phone);
        await track.OpenWithAsync(filed.Code, filed.Pin);

        Assert.False(await track.WithdrawButton.EvaluateAsync<bool>("(b, add) => b.closest('section') === add.closest('section')", await track.AddFileButton.ElementHandleAsync()),
            "the withdraw button sits in the same panel as \"Add the file\"");
        await track.WithdrawButton.ClickAsync();
        await Assertions.Expect(track.ConfirmQuestion).ToHaveTextAsync("ដកពាក្យបណ្តឹងរបស់អ្នកវិញឬ?");
        await BrowserApp.ScreenshotAsync(phone, "complaint-withdraw-confirm-km-phone");
        Assert.Equal(ComplaintStatus.Received, await StatusAsync(filed));

        await track.GoBackAsync();
        await Assertions.Expect(track.Status).ToHaveTextAsync("បានទទួល");
        Assert.Equal(ComplaintStatus.Received, await StatusAsync(filed));

        await track.WithdrawButton.ClickAsync();
        await track.ConfirmAsync();
        await Assertions.Expect(track.Notice).ToHaveTextAsync("ពាក្យបណ្តឹងរបស់អ្នកត្រូវបានដកវិញ។ វាត្រូវបានបិទ ហើយគ្មានមន្ត្រីណាដោះស្រាយវាទៀតទេ។");
        Assert.Equal(ComplaintStatus.Withdrawn, await StatusAsync(filed));
        await Assertions.Expect(track.WithdrawButton).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(phone, "complaint-withdrawn-km-phone");
    }

    [Fact]
    public async Task RemovingABranch_AsksFirst_AndSaysTheBranchWasRemoved()
    {
        var agency = await TestAgency.CreateAsync(app);
        using (var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password))
        {
            var added = await staff.PostAsJsonAsync($"/api/v1/agencies/{agency.Id}/branches", new { name = "Battambang branch", address = "Road 3", provinceCode = "KH-2" }, TestContext.Current.CancellationToken);
            added.EnsureSuccessStatusCode();
        }
        var page = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true);
        await page.GotoAsync("/agency");
        var portal = new Layout(page);
        var branch = page.Locator(".sites li", new() { HasText = "Battambang branch" });

        await branch.Locator("form[action*='handler=RemoveSite'] button").ClickAsync();
        await Assertions.Expect(portal.ConfirmQuestion).ToHaveTextAsync("Remove this site?");
        await Assertions.Expect(portal.ConfirmConsequence).ToContainTextAsync("no longer be listed");
        await portal.GoBackAsync();
        await Assertions.Expect(branch).ToBeVisibleAsync();

        await branch.Locator("form[action*='handler=RemoveSite'] button").ClickAsync();
        await portal.ConfirmAsync();
        await Assertions.Expect(portal.Notice).ToHaveTextAsync("The branch was removed from your agency.");
        await Assertions.Expect(branch).ToHaveCountAsync(0);
    }

    private Task<ComplaintStatus> StatusAsync(FiledComplaint filed) =>
        app.WithDbAsync(db => db.Complaints.Where(c => c.Id == filed.Id).Select(c => c.Status).SingleAsync(TestContext.Current.CancellationToken));
}
