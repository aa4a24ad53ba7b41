using Licensing.Api.Tests.Support;
using Licensing.Domain.Licences;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Scheduling;

/// <summary>
/// A reminder sweep that fails midway (the database refuses one licence's reminder) has saved the pages
/// before the failure; Hangfire retries it, and the retry writes the rest and nothing a second time.
/// </summary>
public abstract class JobRetryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private const string Job = "licence-expiry-reminders";
    private const string KeyPrefix = "licence-expiry:";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASweepThatFailsMidway_IsRetried_AndWritesEachReminderOnce_AndDeliversItOnce()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.UtcDateTime);
        var due = await app.WithDbAsync(db => db.Licences
            .Where(l => l.Status == LicenceStatus.Active && l.ExpiresOn >= today.AddDays(1) && l.ExpiresOn <= today.AddDays(85))
            .OrderByDescending(l => l.Id).Select(l => l.Id).ToListAsync(Ct));
        Assert.True(due.Count >= 3, $"The demo data has {due.Count} licences expiring within 85 days; the test needs three.");
        var refused = due[0]; // the sweep's last, so that the pages before it are saved
        await app.WithDbAsync(db => RefuseRemindersOfAsync(db, refused));

        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var run = await HangfireRuns.StartAsync(admin, Job);
        var failed = await Eventually.ReturnsAsync(() => Task.FromResult(HangfireRuns.States(app, run)), s => s.Contains("Failed"), TimeSpan.FromSeconds(30));
        Assert.Contains("Failed", failed);
        var beforeRetry = await ReminderIdsAsync();
        Assert.NotEmpty(beforeRetry);
        Assert.DoesNotContain(beforeRetry.Keys, k => k.Contains(refused.ToString()));

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"RefusedKeys\"", Ct));
        var states = await HangfireRuns.WaitUntilSucceededAsync(app, run, TimeSpan.FromSeconds(60));
        Assert.Equal(1, states.Count(s => s == "Failed"));

        var afterRetry = await ReminderIdsAsync();
        Assert.All(beforeRetry, kept => Assert.Equal(kept.Value, afterRetry[kept.Key])); // the same rows, not written again
        Assert.Contains(afterRetry.Keys, k => k.Contains(refused.ToString()));
        Assert.Equal(due.ToHashSet(), afterRetry.Keys.Select(k => Guid.Parse(k.Split(':')[1])).Where(due.Contains).ToHashSet());

        var undelivered = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey!.StartsWith(KeyPrefix) && m.DeliveredAt == null, Ct)), n => n == 0);
        Assert.Equal(0, undelivered);
        var inboxMessages = await app.WithDbAsync(db => db.OutboxMessages
            .Where(m => m.DeduplicationKey!.StartsWith(KeyPrefix) && m.Channel == NotificationChannel.Inbox).Select(m => m.Id).ToListAsync(Ct));
        var inboxItems = await app.WithDbAsync(db => db.InboxItems.Where(i => inboxMessages.Contains(i.OutboxMessageId)).Select(i => i.OutboxMessageId).ToListAsync(Ct));
        Assert.Equal(inboxMessages.Order(), inboxItems.Order());
    }

    private Task<Dictionary<string, Guid>> ReminderIdsAsync() =>
        app.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey!.StartsWith(KeyPrefix)).ToDictionaryAsync(m => m.DeduplicationKey!, m => m.Id, Ct));

    /// <summary>A trigger that makes the database refuse the licence's reminders while its key prefix is listed.</summary>
    private static async Task<int> RefuseRemindersOfAsync(LicensingDbContext db, Guid licenceId)
    {
        var sql = db.Database.IsNpgsql()
            ? """
              CREATE TABLE "RefusedKeys" ("Prefix" text NOT NULL);
              CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN
                IF EXISTS (SELECT 1 FROM "RefusedKeys" r WHERE NEW."DeduplicationKey" LIKE r."Prefix" || '%') THEN RAISE EXCEPTION 'refused by the test'; END IF;
                RETURN NEW;
              END $$;
              CREATE TRIGGER refuse_outbox BEFORE INSERT ON "OutboxMessages" FOR EACH ROW EXECUTE FUNCTION refuse_outbox();
              """
            : """
              CREATE TABLE "RefusedKeys" ("Prefix" TEXT NOT NULL);
              CREATE TRIGGER refuse_outbox BEFORE INSERT ON "OutboxMessages"
              WHEN EXISTS (SELECT 1 FROM "RefusedKeys" r WHERE NEW."DeduplicationKey" LIKE r."Prefix" || '%')
              BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
              """;
        await db.Database.ExecuteSqlRawAsync(sql);
        return await db.Database.ExecuteSqlRawAsync("INSERT INTO \"RefusedKeys\" (\"Prefix\") VALUES ({0})", $"{KeyPrefix}{licenceId}:");
    }
}

/// <summary>Sweeps save every two licences, so that a failure leaves saved pages behind it.</summary>
public sealed class SmallPagesSqliteApp() : LicensingApp(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sweeps:PageSize", "2");
    }
}

public sealed class SmallPagesPostgresApp() : LicensingApp(DatabaseProvider.Postgres)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sweeps:PageSize", "2");
    }
}

public sealed class JobRetryTestsOnSqlite(SmallPagesSqliteApp app) : JobRetryTests<SmallPagesSqliteApp>(app);

public sealed class JobRetryTestsOnPostgres(SmallPagesPostgresApp app) : JobRetryTests<SmallPagesPostgresApp>(app);
