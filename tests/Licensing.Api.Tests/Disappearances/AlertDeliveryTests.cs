using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Licensing.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Tests.Disappearances;

/// <summary>An instance whose dispatcher is switched off, standing for one killed after its commit and before delivery.</summary>
public sealed class InstanceThatDiesBeforeDelivery(DatabaseProvider provider, TestDatabase database) : LicensingApp(provider, database)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:DispatcherEnabled", "false");
    }
}

/// <summary>An instance that retries failed deliveries quickly, so a test need not wait minutes.</summary>
public sealed class QuickRetryInstance(DatabaseProvider provider, TestDatabase database) : LicensingApp(provider, database)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:FirstRetrySeconds", "0.2");
    }
}

/// <summary>Nothing lost: what a report commits reaches every channel, even across a crash and a receiver outage.</summary>
public abstract class AlertDeliveryTests(DatabaseProvider provider)
{
    private const string Secret = "a-shared-secret-of-the-embassy";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R23")]
    public async Task AppKilledAfterTheCommit_DeliversEveryNotificationAfterRestart()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = new WebhookReceiver(Secret);
        await receiver.StartAsync();
        Guid caseId;
        await using (var dying = new InstanceThatDiesBeforeDelivery(provider, database))
        {
            await dying.InitializeAsync();
            await SetWebhookAsync(dying, receiver.Url);
            caseId = await ReportAsync(dying);
            var pending = await dying.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey!.StartsWith($"dc:{caseId}:reported:") && m.DeliveredAt == null, Ct));
            Assert.True(pending >= 6, $"{pending} notifications waiting");
        }

        await using var restarted = new QuickRetryInstance(provider, database);
        await restarted.InitializeAsync();
        var undelivered = await Eventually.ReturnsAsync(
            () => restarted.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey!.StartsWith($"dc:{caseId}:") && m.DeliveredAt == null, Ct)),
            count => count == 0);
        Assert.Equal(0, undelivered);
        var inbox = await restarted.WithDbAsync(db => db.InboxItems.CountAsync(i => db.OutboxMessages.Any(m => m.Id == i.OutboxMessageId && m.DeduplicationKey!.StartsWith($"dc:{caseId}:reported:embassy:TH:inbox:")), Ct));
        Assert.True(inbox >= 1);
        var duty = await restarted.WithDbAsync(db => db.Countries.Where(c => c.Code == "TH").Select(c => c.EmbassyDutyEmail).SingleAsync(Ct));
        Assert.NotEmpty(Mailbox.To(restarted.MailFolder, duty));
        var hook = Assert.Single(receiver.Deliveries, d => d.Event == "Reported");
        Assert.True(hook.SignatureValid);
        Assert.Equal(caseId, JsonDocument.Parse(hook.Body).RootElement.GetProperty("caseId").GetGuid());
    }

    [Fact]
    public async Task WebhookReceiverDown_IsRetriedUntilUp_AndReceivesEachDeliveryOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new QuickRetryInstance(provider, database);
        await app.InitializeAsync();
        await using var receiver = new WebhookReceiver(Secret);
        await SetWebhookAsync(app, receiver.Url);

        var caseId = await ReportAsync(app);
        var failing = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.DeduplicationKey == $"dc:{caseId}:reported:embassy:TH:webhook", Ct)),
            m => m.Attempts >= 2);
        Assert.Null(failing.DeliveredAt);
        Assert.False(string.IsNullOrEmpty(failing.LastError));

        await receiver.StartAsync();
        var delivered = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == failing.Id, Ct)), m => m.DeliveredAt != null, TimeSpan.FromSeconds(60));
        Assert.NotNull(delivered.DeliveredAt);
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        var received = Assert.Single(receiver.Deliveries, d => d.Id == failing.Id.ToString());
        Assert.True(received.SignatureValid);
        Assert.All(receiver.Deliveries.GroupBy(d => d.Id), g => Assert.Single(g));
    }

    [Fact]
    public async Task WebhookReceiverBrieflyUnavailable_IsRetriedWithinTheOneDelivery()
    {
        await using var app = new SqliteOrPostgresApp(provider);
        await app.InitializeAsync();
        await using var receiver = new WebhookReceiver(Secret);
        await receiver.StartAsync();
        receiver.RefuseNext(2);
        await SetWebhookAsync(app, receiver.Url);

        var caseId = await ReportAsync(app);

        var delivered = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.DeduplicationKey == $"dc:{caseId}:reported:embassy:TH:webhook", Ct)),
            m => m.DeliveredAt != null || m.Attempts > 0);
        Assert.NotNull(delivered.DeliveredAt);
        Assert.Equal((1, null), (delivered.Attempts, delivered.LastError));
        Assert.Equal(2, receiver.Refused);
        Assert.Equal(delivered.Id.ToString(), Assert.Single(receiver.Deliveries).Id);
    }

    [Fact]
    public async Task AWebhookDeliveryAttempt_GivesUpWellWithinTheOutboxLease()
    {
        await using var app = new SqliteOrPostgresApp(provider);
        await app.InitializeAsync();

        var resilience = app.Services.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>().Get($"{WebhookDelivery.ClientName}-standard");
        var lease = TimeSpan.FromSeconds(app.Services.GetRequiredService<IOptions<DispatcherOptions>>().Value.LeaseSeconds);

        Assert.True(resilience.TotalRequestTimeout.Timeout <= lease / 4, $"{resilience.TotalRequestTimeout.Timeout} against a lease of {lease}");
        Assert.InRange(resilience.Retry.MaxRetryAttempts, 1, 3);
        Assert.True(resilience.Retry.UseJitter);
        Assert.True(resilience.CircuitBreaker.MinimumThroughput <= 10, "the circuit opens for a receiver that keeps failing at webhook volumes");
    }

    private sealed class SqliteOrPostgresApp(DatabaseProvider provider) : LicensingApp(provider);

    private static async Task SetWebhookAsync(LicensingApp app, string url)
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var response = await admin.PutAsJsonAsync("/api/v1/admin/webhooks/embassy:TH", new { url, secret = Secret, enabled = true }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static async Task<Guid> ReportAsync(LicensingApp app)
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var response = await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}

public sealed class SqliteAlertDeliveryTests() : AlertDeliveryTests(DatabaseProvider.Sqlite);

public sealed class PostgresAlertDeliveryTests() : AlertDeliveryTests(DatabaseProvider.Postgres);
