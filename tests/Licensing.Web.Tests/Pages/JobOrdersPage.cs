using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/job-orders, its registration form /job-orders/new, and the officer's approve button on each pending card.</summary>
public sealed class JobOrdersPage(IPage page) : Layout(page)
{
    public Task RegisterAsync(string country, string employer, string sector, string occupation, int workers, decimal wage, string currency) =>
        RegisterAsync(country, employer, sector, occupation, workers.ToString(System.Globalization.CultureInfo.InvariantCulture), wage.ToString(System.Globalization.CultureInfo.InvariantCulture), currency);

    /// <summary>Registers a job order with the number of workers and the monthly wage exactly as typed.</summary>
    public async Task RegisterAsync(string country, string employer, string sector, string occupation, string workers, string wage, string currency)
    {
        await Page.GotoAsync("/job-orders/new");
        await Page.Locator("#Order_CountryCode").SelectOptionAsync(country);
        await Page.Locator("#Order_EmployerName").FillAsync(employer);
        await Page.Locator("#Order_EmployerAddress").FillAsync("Industrial Estate, Road 1");
        await Page.Locator("#Order_SectorCode").SelectOptionAsync(sector);
        await Page.Locator("#Order_Occupation").FillAsync(occupation);
        await Page.Locator("#Order_WorkersRequested").FillAsync(workers);
        await Page.Locator("#Order_MonthlyWage").FillAsync(wage);
        await Page.Locator("#Order_Currency").FillAsync(currency);
        await Page.Locator("main form button").ClickAsync();
    }

    public ILocator Card(string employer) => Page.Locator("li.job-order", new() { HasText = employer });

    public async Task ApproveAsync(string employer)
    {
        await Page.GotoAsync("/job-orders?status=Pending");
        await Card(employer).Locator("form[action*='handler=Approve'] button.button:not(.danger)").ClickAsync();
    }
}
