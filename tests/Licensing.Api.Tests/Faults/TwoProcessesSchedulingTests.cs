using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Licensing.Api.Tests.Faults;

/// <summary>
/// Two application processes, each with its Hangfire server, on one PostgreSQL database. Every reminder
/// job is started on both at once: each run succeeds, each reminder is written once, and each is
/// delivered once (one inbox item per inbox message, one mail file per e-mail).
/// </summary>
public sealed class TwoProcessesSchedulingTests
{
    private static readonly string[] ReminderJobs =
        ["licence-expiry-reminders", "inspection-reminders", "complaint-escalation", "disappearance-agency-updates", "evaluations-due", "inspection-coverage-summary"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RemindersStartedOnTwoInstancesAtOnce_AreWrittenAndDeliveredOnce()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var inspection = await PrepareAsync(database);
        await using var first = await AppProcess.StartAsync(database);
        await using var second = await AppProcess.StartAsync(database);
        using var adminA = await first.ClientForAsync(DemoLogins.Administrator, LicensingApp.DemoPassword);
        using var adminB = await second.ClientForAsync(DemoLogins.Administrator, LicensingApp.DemoPassword);

        var runs = await Task.WhenAll(ReminderJobs.SelectMany(job => new[] { RunNowAsync(adminA, job), RunNowAsync(adminB, job) }));
        var states = await Eventually.ReturnsAsync(() => StatesAsync(database, runs), s => s.All(state => state == "Succeeded"), TimeSpan.FromSeconds(90));
        Assert.All(states, state => Assert.Equal("Succeeded", state));

        await using var db = database.OpenContext();
        var reminders = await db.OutboxMessages.Where(m => m.DeduplicationKey != null && !m.DeduplicationKey.StartsWith("dc:"))
            .Select(m => new { m.Id, m.DeduplicationKey, m.Channel }).ToListAsync(Ct);
        Assert.Contains(reminders, m => m.DeduplicationKey!.StartsWith("licence-expiry:"));
        Assert.Contains(reminders, m => m.DeduplicationKey!.Contains(inspection.ToString()));
        Assert.Equal(reminders.Count, reminders.Select(m => m.DeduplicationKey).Distinct().Count());

        var undelivered = await Eventually.ReturnsAsync(() => db.OutboxMessages.CountAsync(m => m.DeliveredAt == null, Ct), n => n == 0, TimeSpan.FromSeconds(60));
        Assert.Equal(0, undelivered);
        var inboxMessages = reminders.Where(m => m.Channel == NotificationChannel.Inbox).Select(m => m.Id).ToList();
        var inboxItems = await db.InboxItems.Where(i => inboxMessages.Contains(i.OutboxMessageId)).Select(i => i.OutboxMessageId).ToListAsync(Ct);
        Assert.Equal(inboxMessages.Order(), inboxItems.Order());
        var emails = await db.OutboxMessages.CountAsync(m => m.Channel == NotificationChannel.Email, Ct);
        Assert.Equal(emails, Directory.GetFiles(database.MailFolder, "*.eml").Length);
    }

    /// <summary>The demo data, and an inspection scheduled for tomorrow, made by an in-process instance that is gone before the two start.</summary>
    private static async Task<Guid> PrepareAsync(TestDatabase database)
    {
        await using var app = new PostgresAppOn(database);
        await app.InitializeAsync();
        var agency = await TestAgency.CreateAsync(app);
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        var inspectorId = (await inspector.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct)).GetProperty("id").GetGuid();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var created = await chief.PostAsJsonAsync("/api/v1/inspections", new { agencyId = agency.Id, plannedFor = tomorrow, announced = true }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        (await chief.PostAsJsonAsync($"/api/v1/inspections/{id}/schedule", new { date = tomorrow, inspectorIds = new[] { inspectorId } }, Ct)).EnsureSuccessStatusCode();
        await Eventually.ReturnsAsync(() => app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeliveredAt == null, Ct)), n => n == 0);
        return id;
    }

    private static async Task<string> RunNowAsync(HttpClient admin, string job)
    {
        var response = await admin.PostAsync($"/api/v1/admin/jobs/{job}/run", null, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("runId").GetString()!;
    }

    private static async Task<List<string>> StatesAsync(TestDatabase database, string[] runs)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT coalesce(statename, '') FROM hangfire.job WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", runs.Select(long.Parse).ToArray());
        var states = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) states.Add(reader.GetString(0));
        return states.Count == runs.Length ? states : [.. states, "missing"];
    }
}
