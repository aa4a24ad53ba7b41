using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Inspections;

/// <summary>Two instances of the application on one PostgreSQL database, as in production behind a load balancer.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public PostgresApp First { get; } = new();
    public LicensingApp Second { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await First.InitializeAsync();
        Second = new SecondInstance(First.Database);
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }

    private sealed class SecondInstance(TestDatabase database) : LicensingApp(DatabaseProvider.Postgres, database);
}

public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReminderJobTriggeredOnBothInstances_WritesEachReminderOnce_AndEachIsDeliveredOnce()
    {
        var agency = await TestAgency.CreateAsync(instances.First);
        using var chief = await instances.First.ClientForAsync(DemoLogins.LicensingOfficer);
        using var inspector = await instances.First.ClientForAsync(DemoLogins.Inspector);
        var inspectorId = (await inspector.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct)).GetProperty("id").GetGuid();
        var created = await chief.PostAsJsonAsync("/api/v1/inspections", new { agencyId = agency.Id, plannedFor = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), announced = true }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await chief.PostAsJsonAsync($"/api/v1/inspections/{id}/schedule", new { date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), inspectorIds = new[] { inspectorId } }, Ct);

        using var adminA = await instances.First.ClientForAsync(DemoLogins.Administrator);
        using var adminB = await instances.Second.ClientForAsync(DemoLogins.Administrator);
        var runs = await Task.WhenAll(
            adminA.PostAsync("/api/v1/admin/jobs/inspection-reminders/run", null, Ct),
            adminB.PostAsync("/api/v1/admin/jobs/inspection-reminders/run", null, Ct));
        Assert.All(runs, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));

        var keys = await Eventually.ReturnsAsync(
            () => instances.First.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey!.Contains(id.ToString())).Select(m => m.DeduplicationKey!).ToListAsync()),
            found => found.Count >= 5);
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        keys = await instances.First.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey!.Contains(id.ToString())).Select(m => m.DeduplicationKey!).ToListAsync());
        Assert.Equal(5, keys.Count);

        using var staff = await instances.Second.ClientForAsync(agency.StaffEmail, Users.Password);
        var inbox = await Eventually.ReturnsAsync(() => staff.GetFromJsonAsync<JsonElement>("/api/v1/inbox", Ct), p => p.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("subject").GetString()!.StartsWith("Notice of inspection")));
        Assert.Single(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("subject").GetString()!.StartsWith("Notice of inspection"));
    }
}
