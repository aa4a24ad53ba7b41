using System.Net;
using Licensing.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Licensing.Api.Tests.Scheduling;

/// <summary>Hangfire's dashboard at /admin/hangfire is for administrators alone.</summary>
public abstract class HangfireDashboardTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdministratorSignedInWithTheCookie_SeesTheRecurringJobs()
    {
        using var browser = await SignedInBrowserAsync(DemoLogins.Administrator);

        var home = await browser.GetAsync("/admin/hangfire", Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var recurring = await browser.GetAsync("/admin/hangfire/recurring", Ct);
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        var page = await recurring.Content.ReadAsStringAsync(Ct);
        Assert.Contains("licence-expiry-reminders", page);
        Assert.Contains("complaint-escalation", page);
        Assert.Contains("Asia/Phnom_Penh", page);
        Assert.Contains("style-src 'self' 'unsafe-inline'", recurring.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AVisitorNotSignedIn_IsSentToTheLoginPage()
    {
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        foreach (var path in new[] { "/admin/hangfire", "/admin/hangfire/recurring", "/admin/hangfire/stats" })
        {
            var response = await anonymous.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/account/login", response.Headers.Location!.ToString());
        }
    }

    [Theory]
    [InlineData(DemoLogins.LicensingOfficer)]
    [InlineData(DemoLogins.Inspector)]
    [InlineData(DemoLogins.AgencyStaff)]
    public async Task EveryOtherRole_IsRefused(string login)
    {
        using var browser = await SignedInBrowserAsync(login);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/hangfire", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/hangfire/recurring", Ct)).StatusCode);

        using var api = await app.ClientForAsync(login);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/admin/hangfire/recurring", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheJobsPage_LinksToTheDashboard()
    {
        using var browser = await SignedInBrowserAsync(DemoLogins.Administrator);
        var page = await browser.GetStringAsync("/admin/jobs", Ct);
        Assert.Contains("href=\"/admin/hangfire\"", page);
    }

    private Task<HttpClient> SignedInBrowserAsync(string email) => CookieBrowser.SignInAsync(app, email, Ct);
}

public sealed class HangfireDashboardTestsOnSqlite(SqliteApp app) : HangfireDashboardTests<SqliteApp>(app);

public sealed class HangfireDashboardTestsOnPostgres(PostgresApp app) : HangfireDashboardTests<PostgresApp>(app);
