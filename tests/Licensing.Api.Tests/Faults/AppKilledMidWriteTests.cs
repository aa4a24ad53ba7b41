using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Licensing.Domain.Workers;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Licensing.Api.Tests.Faults;

/// <summary>
/// The application process is killed (SIGKILL) while reports of missing workers are being written
/// (one's transaction seen open in pg_locks) and their notifications delivered. A new process on the same database finds every case the
/// first one confirmed, each one whole (no case without its recipients, alerts and notifications,
/// no notification without its case), and delivers every notification that was committed.
/// </summary>
public sealed class AppKilledMidWriteTests
{
    private const int Reports = 24;
    private const int AnsweredBeforeTheKill = 4;

    /// <summary>On a busy machine a whole wave can be answered before the poll sees one mid-write; another wave is then sent.</summary>
    private const int Waves = 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What a report's sender saw: no status when the process died before answering.</summary>
    private sealed record Outcome(HttpStatusCode? Status, Guid? CaseId);

    [Fact]
    public async Task AppKilledWhileReportsAreWritten_LeavesEveryCaseWhole_AndDeliversWhatWasCommitted()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var workers = await DeployWorkersAsync(database);
        await using var db = database.OpenContext();
        // Stopped politely, the preparing instance finished the delivery it had claimed rather than leave the message leased.
        var heldByTheStoppedInstance = await db.OutboxMessages.CountAsync(m => m.DeliveredAt == null && m.Attempts == 0 && m.NextAttemptAt > DateTimeOffset.UtcNow, Ct);
        Assert.Equal(0, heldByTheStoppedInstance);

        Outcome[] outcomes;
        // A short lease, so that the message the dying dispatcher had claimed is not held back for minutes.
        await using (var dying = await AppProcess.StartAsync(database, new Dictionary<string, string> { ["Notifications:LeaseSeconds"] = "2" }))
        {
            using var staff = await dying.ClientForAsync(workers[0].Agency.StaffEmail, Users.Password);
            var waves = workers.Chunk(Reports).ToList();
            var reports = waves[0].Select(w => ReportAsync(staff, w)).ToList();
            while (reports.Count(r => r.IsCompleted) < AnsweredBeforeTheKill) await Task.WhenAny(reports.Where(r => !r.IsCompleted));
            var seen = await SeenAReportMidWriteAsync(database, reports);
            foreach (var wave in waves.Skip(1).TakeWhile(_ => !seen))
            {
                reports.AddRange(wave.Select(w => ReportAsync(staff, w)));
                seen = await SeenAReportMidWriteAsync(database, reports);
            }
            Assert.True(seen, $"Each of {Waves} waves of reports was answered before one was seen being written.");
            await dying.KillAsync();
            outcomes = await Task.WhenAll(reports);
        }
        Assert.All(outcomes.Where(o => o.Status is not null), o => Assert.Equal(HttpStatusCode.Created, o.Status));
        Assert.Contains(outcomes, o => o.Status is null); // the kill cut requests in flight

        await using var restarted = await AppProcess.StartAsync(database, new Dictionary<string, string> { ["Notifications:FirstRetrySeconds"] = "0.2" });
        var notices = await AssertEveryCaseIsWholeAsync(db, outcomes);
        await AssertEverythingCommittedIsDeliveredAsync(db, notices, database.MailFolder);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{outcomes.Length} reports: {outcomes.Count(o => o.CaseId is not null)} confirmed before the kill, {outcomes.Count(o => o.Status is null)} cut off; " +
            $"{notices.Select(n => n.CaseId).Distinct().Count()} cases stored, each whole; {notices.Count} notifications, all delivered after the restart");
    }

    private sealed record Notice(Guid Id, string Channel, Guid CaseId);

    /// <summary>Each case stored has its recipients, alerts, notifications, missing worker and audit line; nothing of a case that is not stored.</summary>
    private static async Task<List<Notice>> AssertEveryCaseIsWholeAsync(LicensingDbContext db, Outcome[] outcomes)
    {
        var bodies = Enum.GetValues<RecipientKind>().Length;
        var cases = await db.DisappearanceCases.AsNoTracking().Select(c => new { c.Id, c.WorkerId, Recipients = c.Recipients.Count }).ToListAsync(Ct);
        var caseIds = cases.Select(c => c.Id).ToHashSet();
        Assert.Subset(caseIds, outcomes.Where(o => o.CaseId is not null).Select(o => o.CaseId!.Value).ToHashSet());
        Assert.All(cases, c => Assert.Equal(bodies, c.Recipients));

        var alerts = await db.Alerts.GroupBy(a => a.CaseId).Select(g => new { CaseId = g.Key, Count = g.Count() }).ToListAsync(Ct);
        Assert.Equal(caseIds, alerts.Select(a => a.CaseId).ToHashSet());
        Assert.All(alerts, a => Assert.Equal(bodies, a.Count));

        var notices = (await db.OutboxMessages.Where(m => m.DeduplicationKey!.StartsWith("dc:")).Select(m => new { m.Id, m.DeduplicationKey, m.Channel }).ToListAsync(Ct))
            .Select(m => new Notice(m.Id, m.Channel, Guid.Parse(m.DeduplicationKey!.Split(':')[1]))).ToList();
        Assert.Equal(caseIds, notices.Select(n => n.CaseId).ToHashSet());
        var perCase = notices.GroupBy(n => n.CaseId).Select(g => (Emails: g.Count(n => n.Channel == NotificationChannel.Email), Inbox: g.Count(n => n.Channel == NotificationChannel.Inbox))).ToList();
        Assert.All(perCase, c => Assert.Equal(bodies, c.Emails));
        Assert.True(Assert.Single(perCase.Select(c => c.Inbox).Distinct()) > 0);

        var missingWorkers = await db.Deployments.Where(d => d.Welfare == Welfare.Missing).Select(d => d.WorkerId).ToListAsync(Ct);
        Assert.Equal(cases.Select(c => c.WorkerId!.Value).Order(), missingWorkers.Order());
        var audited = await db.AuditEntries.Where(e => e.EntityType == nameof(DisappearanceCase) && e.Action == "Added").Select(e => e.EntityId).ToListAsync(Ct);
        Assert.Equal(caseIds, audited.Select(Guid.Parse).ToHashSet());
        return notices;
    }

    private static async Task AssertEverythingCommittedIsDeliveredAsync(LicensingDbContext db, List<Notice> notices, string mailFolder)
    {
        var undelivered = await Eventually.ReturnsAsync(
            () => db.OutboxMessages.Where(m => m.DeliveredAt == null)
                .Select(m => $"{m.Channel} {m.DeduplicationKey} attempts {m.Attempts}, next {m.NextAttemptAt}, dead {m.DeadLetteredAt}: {m.LastError}").ToListAsync(Ct),
            pending => pending.Count == 0, TimeSpan.FromSeconds(60));
        Assert.Empty(undelivered);
        var inboxMessages = notices.Where(n => n.Channel == NotificationChannel.Inbox).Select(n => n.Id).ToList();
        var inboxItems = await db.InboxItems.Where(i => inboxMessages.Contains(i.OutboxMessageId)).Select(i => i.OutboxMessageId).ToListAsync(Ct);
        Assert.Equal(inboxMessages.Order(), inboxItems.Order());
        Assert.True(Mailbox.In(mailFolder).Count >= notices.Count(n => n.Channel == NotificationChannel.Email));
    }

    /// <summary>Workers of one licensed agency, abroad, prepared by an in-process instance that is gone before the fault.</summary>
    private static async Task<DeployedWorker[]> DeployWorkersAsync(TestDatabase database)
    {
        await using var app = new PostgresAppOn(database);
        await app.InitializeAsync();
        var first = await DeployedWorker.CreateAsync(app);
        var others = await Task.WhenAll(Enumerable.Range(1, Reports * Waves - 1).Select(_ => DeployedWorker.CreateAsync(app, "TH", first.Agency)));
        return [first, .. others];
    }

    /// <summary>
    /// Waits until a report's transaction is open (it holds, or queues for, the advisory lock every alert-writing transaction takes);
    /// false when every report sent was answered first.
    /// </summary>
    private static async Task<bool> SeenAReportMidWriteAsync(TestDatabase database, List<Task<Outcome>> reports)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var openReports = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND a.datname = current_database()", connection);
        while ((long)(await openReports.ExecuteScalarAsync(Ct))! == 0)
        {
            if (reports.All(r => r.IsCompleted)) return false;
        }
        return true;
    }

    private static async Task<Outcome> ReportAsync(HttpClient staff, DeployedWorker worker)
    {
        try
        {
            using var response = await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(), Ct);
            if (response.StatusCode != HttpStatusCode.Created) return new Outcome(response.StatusCode, null);
            return new Outcome(response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return new Outcome(null, null);
        }
    }
}
