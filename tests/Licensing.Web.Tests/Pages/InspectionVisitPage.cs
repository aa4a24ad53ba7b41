using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class InspectionVisitPage(IPage page) : Layout(page)
{
    public ILocator Status => Page.Locator(".inspection-status");

    public Task StartAsync() => Page.Locator("form[action*='handler=Start'] button").ClickAsync();

    public async Task AnswerAllAsync(string nonCompliantCode, string? photo = null)
    {
        foreach (var radio in await Page.Locator("input[type=radio][value=Compliant]").AllAsync())
        {
            await radio.CheckAsync();
        }
        await Page.Locator($"#item-{nonCompliantCode} input[type=radio][value=NonCompliant]").CheckAsync();
        await Page.Locator($"#note-{nonCompliantCode}").FillAsync("Passports found in the office drawer");
        if (photo is not null) await Page.Locator($"#photo-{nonCompliantCode}").SetInputFilesAsync(photo);
        await Page.Locator("form.checklist-form button").ClickAsync();
    }

    public ILocator PhotoLinks => Page.Locator("a[href*='/photos/']");

    public async Task CompleteAsync(string? findingCode, string correctiveAction)
    {
        if (findingCode is not null)
        {
            await Page.Locator($"#sev-{findingCode}").SelectOptionAsync("Critical");
            await Page.Locator($"#act-{findingCode}").FillAsync(correctiveAction);
        }
        await Page.Locator("form[action*='handler=Complete'] button").ClickAsync();
    }

    public async Task PlanFollowUpAsync(DateOnly date)
    {
        await Page.Locator("#followup-date").FillAsync(date.ToString("yyyy-MM-dd"));
        await Page.Locator("form[action*='handler=FollowUp'] button").ClickAsync();
    }

    public async Task ScheduleWithAsync(string inspectorName)
    {
        await Page.GetByLabel(inspectorName).CheckAsync();
        await Page.Locator("form[action*='handler=Schedule'] button").ClickAsync();
    }
}
