using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;

namespace Licensing.Api.Tests.Disappearances;

/// <summary>
/// Two instances on one PostgreSQL database whose alert feeds never poll: only PostgreSQL
/// NOTIFY can carry an alert committed on one to an officer connected to the other.
/// </summary>
public sealed class NotifyOnlyInstances : IAsyncLifetime
{
    public LicensingApp First { get; private set; } = null!;
    public LicensingApp Second { get; private set; } = null!;
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        First = new NoPollInstance(_database);
        await First.InitializeAsync();
        Second = new NoPollInstance(_database);
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class NoPollInstance(TestDatabase database) : LicensingApp(DatabaseProvider.Postgres, database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Alerts:PollSeconds", "3600");
        }
    }
}

public sealed class AlertsAcrossInstancesTests(NotifyOnlyInstances instances) : IClassFixture<NotifyOnlyInstances>
{
    [Fact]
    [Trait("Rule", "R23")]
    public async Task ReportPostedToInstanceA_ReachesAnOfficerConnectedToInstanceB()
    {
        await using var onB = await AlertListener.ConnectAsync(await instances.Second.ClientForAsync(DemoLogins.EmbassyOfficer));
        var worker = await DeployedWorker.CreateAsync(instances.First, "TH");
        using var staff = await instances.First.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var response = await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();

        var alert = await onB.NextAsync(e => e.GetProperty("caseId").GetGuid() == id);
        Assert.Equal("Reported", alert.Data.GetProperty("kind").GetString());
    }
}
