using System.Diagnostics;
using System.Net;
using Licensing.Api.Tests.Support;
using Licensing.Application.Settings;
using Licensing.Domain.Settings;
using Licensing.Infrastructure.Persistence;

namespace Licensing.Api.Tests.Settings;

/// <summary>Two instances with the default freshness on one PostgreSQL database.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public LicensingApp First { get; private set; } = null!;
    public LicensingApp Second { get; private set; } = null!;
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        First = new PostgresAppOn(_database);
        await First.InitializeAsync();
        Second = new PostgresAppOn(_database);
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public sealed class SettingsAcrossInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASettingChangedOnOneInstance_IsSeenByTheOtherWithinTheFreshness()
    {
        using var officerOnB = await instances.Second.ClientForAsync(DemoLogins.LicensingOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officerOnB.GetAsync("/api/v1/licences", Ct)).StatusCode);
        using var officerOnA = await instances.First.ClientForAsync(DemoLogins.LicensingOfficer);
        using var adminOnA = await instances.First.ClientForAsync(DemoLogins.Administrator);

        await SettingsApi.SetAsync(adminOnA, SettingCatalog.RequireTwoFactorForStaff, "yes");
        var changed = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Forbidden, (await officerOnA.GetAsync("/api/v1/licences", Ct)).StatusCode);

        var seenOnB = await Eventually.ReturnsAsync(async () => (await officerOnB.GetAsync("/api/v1/licences", Ct)).StatusCode,
            status => status == HttpStatusCode.Forbidden, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Forbidden, seenOnB);
        var bound = TimeSpan.FromSeconds(new RuleSettingsOptions().FreshnessSeconds + 2);
        Assert.True(changed.Elapsed <= bound, $"the other instance saw the change after {changed.Elapsed}, more than {bound}");
    }
}
