using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class AgencyApplicationPage(IPage page) : Layout(page)
{
    public ILocator Status => Page.Locator(".application-status");
    public ILocator InformationRequest => Page.Locator(".notice.warning");

    public async Task FillDetailsAsync(string contactPerson, string phone)
    {
        await Page.Locator("#Details_ContactPerson").FillAsync(contactPerson);
        await Page.Locator("#Details_ContactPhone").FillAsync(phone);
        await Page.Locator("#Details_DestinationCountries").FillAsync("TH,KR");
        await Page.Locator("#Details_FinancialGuaranteeUsd").FillAsync("100000");
        await Page.Locator("form[action*='handler=Details'] button").ClickAsync();
    }

    public async Task UploadAsync(string requirementCode, string path)
    {
        await Page.Locator("#requirementCode").SelectOptionAsync(requirementCode);
        await Page.Locator("#file").SetInputFilesAsync(path);
        await Page.Locator("form[action*='handler=Upload'] button").ClickAsync();
    }

    public async Task SubmitAsync(string message)
    {
        await Page.Locator("#message").FillAsync(message);
        await Page.Locator("form[action*='handler=Submit'] button").ClickAsync();
    }
}
