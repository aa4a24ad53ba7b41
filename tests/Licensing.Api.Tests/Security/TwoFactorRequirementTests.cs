using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Settings;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Security;

/// <summary>Turns the requirement on for its own application, so other tests are not affected.</summary>
public sealed partial class TwoFactorRequirementTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WhenRequired_StaffWithoutASecondFactorAreStopped_AndOthersAreNot()
    {
        await app.WithDbAsync(async db =>
        {
            (await db.Settings.SingleAsync(s => s.Key == SettingCatalog.RequireTwoFactorForStaff, Ct)).Change("yes");
            return await db.SaveChangesAsync(Ct);
        });

        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var refused = await officer.GetAsync("/api/v1/licences", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("two_factor_required", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/v1/auth/me", Ct)).StatusCode);

        using var agency = await app.ClientForAsync(DemoLogins.AgencyStaff);
        Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync("/api/v1/licences", Ct)).StatusCode);

        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        var form = await browser.GetStringAsync("/account/login", Ct);
        await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoLogins.Inspector, ["Input.Password"] = LicensingApp.DemoPassword,
            ["__RequestVerificationToken"] = TokenField().Match(form).Groups[1].Value,
        }), Ct);
        var page = await browser.GetAsync("/inspections/calendar", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/security?required=true", page.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/security?required=true", Ct)).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
