using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

public sealed class InspectionJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    [Trait("Rule", "R10")]
    public async Task OnAPhone_InspectorRecordsAFinding_AgencySendsEvidence_FollowUpClosesIt()
    {
        var agency = await TestAgency.CreateAsync(app);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        using (var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer))
        using (var inspectorApi = await app.ClientForAsync(DemoLogins.Inspector))
        {
            var inspectorId = (await inspectorApi.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
            var created = await chief.PostAsJsonAsync("/api/v1/inspections", new { agencyId = agency.Id, plannedFor = tomorrow, announced = true }, TestContext.Current.CancellationToken);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
            (await chief.PostAsJsonAsync($"/api/v1/inspections/{id}/schedule", new { date = tomorrow, inspectorIds = new[] { inspectorId } }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        var inspectorPage = await app.NewPageAsync(phone: true, english: true);
        await new LoginPage(inspectorPage).OpenAsync();
        await new LoginPage(inspectorPage).SignInAsync(DemoLogins.Inspector, LicensingApp.DemoPassword);
        await inspectorPage.GotoAsync("/inspections/calendar");
        await BrowserApp.ScreenshotAsync(inspectorPage, "inspector-calendar-en-phone");
        await inspectorPage.GetByRole(AriaRole.Link, new() { Name = $"Test Manpower {agency.RegistrationNumber} Co., Ltd." }).ClickAsync();
        var visit = new InspectionVisitPage(inspectorPage);
        await visit.StartAsync();
        await Assertions.Expect(visit.Status).ToHaveTextAsync("In progress");
        var photo = Path.Combine(Path.GetTempPath(), $"drawer-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(photo, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], TestContext.Current.CancellationToken);
        await visit.AnswerAllAsync("passports-held-by-workers", photo);
        await Assertions.Expect(visit.Notice).ToContainTextAsync("saved");
        await Assertions.Expect(visit.PhotoLinks).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(inspectorPage, "inspection-checklist-en-phone");
        await visit.CompleteAsync("passports-held-by-workers", "Return every passport to its owner within 30 days");
        await Assertions.Expect(visit.Status).ToHaveTextAsync("Corrective actions required");
        var inspectionUrl = inspectorPage.Url;

        var agencyPage = await app.NewPageAsync(phone: true, english: true);
        await new LoginPage(agencyPage).OpenAsync();
        await new LoginPage(agencyPage).SignInAsync(agency.StaffEmail, Users.Password);
        var agencyInspection = new AgencyInspectionPage(agencyPage);
        await agencyInspection.OpenFirstAsync();
        await Assertions.Expect(agencyInspection.Findings).ToContainTextAsync("Return every passport");
        var receipts = Path.Combine(Path.GetTempPath(), $"receipts-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(receipts, TestAgency.Pdf, TestContext.Current.CancellationToken);
        await agencyInspection.SubmitEvidenceAsync("All 12 passports returned; signed receipts attached.", receipts);
        await Assertions.Expect(agencyInspection.Notice).ToBeVisibleAsync();
        await Assertions.Expect(agencyInspection.Findings).ToContainTextAsync("Evidence submitted");
        await BrowserApp.ScreenshotAsync(agencyPage, "agency-inspection-evidence-en-phone");

        await inspectorPage.GotoAsync(inspectionUrl);
        await visit.PlanFollowUpAsync(tomorrow.AddDays(7));
        await visit.ScheduleWithAsync("Demo Inspector");
        await visit.StartAsync();
        await visit.AnswerAllAsync("code-of-conduct");
        await inspectorPage.Locator("#item-code-of-conduct input[type=radio][value=Compliant]").CheckAsync();
        await inspectorPage.Locator("form.checklist-form button").ClickAsync();
        await visit.CompleteAsync(null, "");
        await Assertions.Expect(visit.Status).ToHaveTextAsync("Completed");

        await inspectorPage.GotoAsync(inspectionUrl);
        await Assertions.Expect(visit.Status).ToHaveTextAsync("Closed");
        await BrowserApp.ScreenshotAsync(inspectorPage, "inspection-closed-en-phone");
    }
}
