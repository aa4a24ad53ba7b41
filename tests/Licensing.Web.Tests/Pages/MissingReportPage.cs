using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/report-missing: the family's public form, and the receipt with the case number and PIN.</summary>
public sealed class MissingReportPage(IPage page) : Layout(page)
{
    public async Task<MissingReportPage> OpenAsync()
    {
        await Page.GotoAsync("/report-missing");
        return this;
    }

    public ILocator CaseNumber => Page.Locator(".case-number");

    public ILocator Pin => Page.Locator(".receipt .pin");

    public ILocator UnregisteredNotice => Page.Locator(".notice.unregistered");

    public Task ChooseCountryAsync(string code) => Page.Locator("#Report_CountryCode").SelectOptionAsync(code);

    public Task FollowTheCaseAsync() => Page.Locator("a.follow-case").ClickAsync();

    public async Task FillAsync(string name, string phone, string relationship, string workerName, string documentNumber, string where, DateTime lastContact, string what)
    {
        await Page.Locator("#Report_ReporterName").FillAsync(name);
        await Page.Locator("#Report_ReporterPhone").FillAsync(phone);
        await Page.Locator("#Report_Relationship").FillAsync(relationship);
        await Page.Locator("#Report_WorkerName").FillAsync(workerName);
        await Page.Locator("#Report_DocumentNumber").FillAsync(documentNumber);
        await Page.Locator("#Report_LastKnownLocation").FillAsync(where);
        await Page.Locator("#Report_LastContactAt").FillAsync(lastContact.ToString("yyyy-MM-ddTHH:mm"));
        await Page.Locator("#Report_Circumstances").FillAsync(what);
    }

    public Task FillDateOfBirthAsync(DateOnly day) => Page.Locator("#Report_WorkerDateOfBirth").FillAsync(day.ToString("yyyy-MM-dd"));

    public ILocator Hotline => Page.Locator(".hotline");

    public Task SendAsync() => Page.Locator("main form button.danger").ClickAsync();
}
