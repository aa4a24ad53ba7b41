using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Settings;
using Licensing.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Settings;

/// <summary>The rules read settings from one cached snapshot, which a change through the API renews at once.</summary>
public abstract class RuleSettingsCacheTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CountingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FilingAComplaint_ReadsTheSettingsInOneQuery_AndInNoneOnceTheyAreCached()
    {
        // A scheduled job may load the settings between the invalidation and the filing; then the filing reads none.
        var cold = new List<int>();
        while (cold.Count < 5 && !cold.Contains(1))
        {
            app.Services.GetRequiredService<RuleSettingsCache>().Invalidate();
            app.Queries.Reset();
            await FiledComplaint.FileAsync(app, agencyId: null);
            cold.Add(app.Queries.Count);
        }
        Assert.All(cold, count => Assert.InRange(count, 0, 1));
        Assert.Contains(1, cold);

        app.Queries.Reset();
        await FiledComplaint.FileAsync(app, agencyId: null);
        Assert.Equal(0, app.Queries.Count);
    }

    [Fact]
    public async Task ASettingChangedThroughTheApi_IsSeenByTheNextRequest()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/v1/licences", Ct)).StatusCode);
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        try
        {
            await SettingsApi.SetAsync(admin, SettingCatalog.RequireTwoFactorForStaff, "yes");
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/licences", Ct)).StatusCode);
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                (await db.Settings.SingleAsync(s => s.Key == SettingCatalog.RequireTwoFactorForStaff, Ct)).Change("no");
                return await db.SaveChangesAsync(Ct);
            });
        }
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/v1/licences", Ct)).StatusCode);
    }
}

public sealed class RuleSettingsCacheTestsOnSqlite(CountingSqliteApp app) : RuleSettingsCacheTests<CountingSqliteApp>(app);

public sealed class RuleSettingsCacheTestsOnPostgres(CountingPostgresApp app) : RuleSettingsCacheTests<CountingPostgresApp>(app);

public static class SettingsApi
{
    public static async Task SetAsync(HttpClient admin, string key, string value)
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/v1/settings", ct);
        var version = settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == key).GetProperty("version").GetGuid();
        var response = await admin.PutAsJsonAsync($"/api/v1/settings/{key}", new { value, version }, ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
    }
}
