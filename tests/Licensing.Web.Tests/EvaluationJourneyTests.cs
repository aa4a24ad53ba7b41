using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

public sealed class EvaluationJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    [Trait("Rule", "R12")]
    [Trait("Rule", "R14")]
    public async Task Panel_Scores_Decision_Suspension_PublicRecord_Appeal()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var evaluation = await EvaluationSteps.OpenDueEvaluationAsync(app, agency);
        var members = new[]
        {
            await EvaluationSteps.PanelistAsync(app, "Government"),
            await EvaluationSteps.PanelistAsync(app, "PrivateSector", (await TestAgency.CreateAsync(app)).Id),
            await EvaluationSteps.PanelistAsync(app, "DevelopmentPartner"),
        };

        var desk = await app.SignedInAsync(DemoLogins.LicensingOfficer, LicensingApp.DemoPassword, phone: false);
        var secretariat = await new EvaluationPage(desk).OpenAsync(evaluation);
        foreach (var member in members)
        {
            await secretariat.SeatAsync(member.Id);
            await Assertions.Expect(secretariat.Notice).ToBeVisibleAsync();
        }
        await Assertions.Expect(secretariat.PanelMembers).ToHaveCountAsync(3);
        await Assertions.Expect(secretariat.Status).ToHaveTextAsync("Scoring");
        await BrowserApp.ScreenshotAsync(desk, "evaluation-panel-en");

        foreach (var (member, score, phone) in members.Zip([2, 2, 1], [true, false, false]))
        {
            var page = await app.SignedInAsync(member.Email, Users.Password, phone);
            var scoring = await new EvaluationPage(page).OpenAsync(evaluation);
            await Assertions.Expect(scoring.Evidence).ToContainTextAsync("Inspections and findings");
            if (phone) await BrowserApp.ScreenshotAsync(page, "evaluation-scoring-en-phone");
            else if (score == 1) await BrowserApp.ScreenshotAsync(page, "evaluation-scoring-en");
            await scoring.ScoreAllAsync(score, "Judged from the inspection findings and repatriation records.");
            await Assertions.Expect(scoring.Notice).ToBeVisibleAsync();
        }

        await secretariat.OpenAsync(evaluation);
        await Assertions.Expect(secretariat.Band).ToHaveTextAsync("Poor");
        await secretariat.SuspendAsync(3, "Prakas 251 (browser test)", "Workers were left without help abroad.");
        await Assertions.Expect(secretariat.Decision).ToContainTextAsync("Penalty");
        await BrowserApp.ScreenshotAsync(desk, "evaluation-decided-en");

        var number = await app.WithDbAsync(db => db.Licences.Where(l => l.Id == agency.LicenceId).Select(l => l.Number).SingleAsync(TestContext.Current.CancellationToken));
        var visitor = await app.NewPageAsync(phone: true, english: true);
        await visitor.GotoAsync($"/verify/{number}");
        await Assertions.Expect(visitor.Locator(".standing")).ToContainTextAsync("Suspension");
        await BrowserApp.ScreenshotAsync(visitor, "verify-sanctioned-en-phone");
        await visitor.GotoAsync("/rankings");
        await Assertions.Expect(visitor.Locator("table.ranking")).ToContainTextAsync("Poor");
        await BrowserApp.ScreenshotAsync(visitor, "rankings-en-phone");

        var staff = await app.SignedInAsync(agency.StaffEmail, Users.Password, phone: true);
        var appeal = new SanctionPage(staff);
        await appeal.OpenFromListAsync();
        await appeal.AppealAsync("The employer, not the agency, refused to repatriate the workers.");
        await Assertions.Expect(appeal.Notice).ToBeVisibleAsync();
        var officerView = new SanctionPage(desk);
        await desk.GotoAsync(staff.Url);
        await officerView.DecideAppealAsync("Upheld", "The employer was at fault.");
        await Assertions.Expect(officerView.Status).ToHaveTextAsync("Annulled");
        await BrowserApp.ScreenshotAsync(desk, "sanction-appeal-upheld-en");

        var khmer = await app.SignedInAsync(members[0].Email, Users.Password, phone: true, english: false);
        await new EvaluationPage(khmer).OpenAsync(evaluation);
        await BrowserApp.ScreenshotAsync(khmer, "evaluation-result-km-phone");
    }
}
