using Licensing.Api.Tests.Support;
using Licensing.Web.Tests.Pages;

namespace Licensing.Web.Tests;

/// <summary>Sign-in leads each role to the page it works from, or to the page the person was on their way to.</summary>
public sealed class SignInLandingJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(DemoLogins.Administrator, "/admin/users")]
    [InlineData(DemoLogins.LicensingOfficer, "/officer/applications")]
    [InlineData(DemoLogins.Inspector, "/inspections/calendar")]
    [InlineData(DemoLogins.PanelMember, "/evaluations")]
    [InlineData(DemoLogins.AgencyStaff, "/agency")]
    [InlineData(DemoLogins.ProvincialOfficer, "/complaints/dashboard")]
    [InlineData(DemoLogins.EmbassyOfficer, "/alerts")]
    [InlineData(DemoLogins.InteriorOfficer, "/alerts")]
    public async Task EachRole_LandsOnItsWorkPage(string email, string workPage)
    {
        var login = await new LoginPage(await app.NewPageAsync(phone: true)).OpenAsync();
        await login.SignInAsync(email, LicensingApp.DemoPassword);
        await login.Page.WaitForURLAsync(app.BaseUrl + workPage);
        Assert.Equal(200, (await login.Page.ReloadAsync())!.Status);
    }

    [Fact]
    public async Task APageAskedForBeforeSignIn_IsWhereSignInLeads()
    {
        var page = await app.NewPageAsync(phone: true, english: true);
        await page.GotoAsync("/workers/statistics");
        Assert.Contains("/account/login", page.Url);
        await new LoginPage(page).SignInAsync(DemoLogins.AgencyStaff, LicensingApp.DemoPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/workers/statistics");
    }
}
