using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/disappearances/report?workerId=: the agency's report of a missing worker.</summary>
public sealed class ReportDisappearancePage(IPage page) : Layout(page)
{
    public ILocator Location => Page.Locator("#Report_LastKnownLocation");

    public async Task FillAsync(string location, DateTime lastContact, DateTime learned, string circumstances)
    {
        await Location.FillAsync(location);
        await Page.Locator("#Report_LastContactAt").FillAsync(lastContact.ToString("yyyy-MM-ddTHH:mm"));
        await Page.Locator("#Report_AgencyLearnedAt").FillAsync(learned.ToString("yyyy-MM-ddTHH:mm"));
        await Page.Locator("#Report_Circumstances").FillAsync(circumstances);
    }

    /// <summary>The last known position exactly as typed.</summary>
    public async Task FillPositionAsync(string latitude, string longitude)
    {
        await Page.Locator("#Report_Latitude").FillAsync(latitude);
        await Page.Locator("#Report_Longitude").FillAsync(longitude);
    }

    public Task SendAsync() => Page.Locator("main form button.danger").ClickAsync();
}
