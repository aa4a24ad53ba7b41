using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Licensing.Api.Tests.Faults;

/// <summary>
/// The PostgreSQL server itself is stopped under load, stays down for seconds and comes back, as in
/// a restart for an upgrade. The server is the test's own, so the tests running beside it on the
/// shared server are not disturbed.
/// </summary>
public sealed class DatabaseRestartTests
{
    private static readonly TimeSpan Downtime = TimeSpan.FromSeconds(3);
    private static long _lastRegistration = Random.Shared.NextInt64(100_000_000, 900_000_000);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One answer the load got; <see cref="Registration"/> is set for a write.</summary>
    private sealed record Outcome(string? Registration, HttpStatusCode Status, bool RetryAfter);

    [Fact]
    public async Task DatabaseRestartedUnderLoad_Answers503WhileDown_RecoversAlone_AndKeepsEveryConfirmedWriteWhole()
    {
        await using var server = await DedicatedPostgres.CreateAsync();
        await using var database = await TestDatabase.CreatePostgresAsync(server.ConnectionString);
        await using var app = new PostgresAppOn(database);
        await app.InitializeAsync();
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);

        var outcomes = new ConcurrentQueue<Outcome>();
        using var load = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 6).Select(_ => Task.Run(() => ReadAndWriteAsync(officer, outcomes, load.Token), Ct)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        await server.StopAsync();
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ConnectAsync(server));
        await Task.Delay(Downtime, Ct);
        await server.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        await load.CancelAsync();
        await Task.WhenAll(clients);

        Assert.DoesNotContain(outcomes, o => o.Status == HttpStatusCode.InternalServerError);
        Assert.All(outcomes.Where(o => !IsSuccess(o.Status)), o =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, o.Status);
            Assert.True(o.RetryAfter);
        });
        Assert.Contains(outcomes, o => o.Status == HttpStatusCode.ServiceUnavailable);
        Assert.Contains(outcomes, o => o.Registration is not null && o.Status == HttpStatusCode.Created);

        var read = await Eventually.ReturnsAsync(() => officer.GetAsync("/api/v1/agencies?pageSize=5", Ct), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var write = await Eventually.ReturnsAsync(() => RegisterAsync(officer, NextRegistration()), r => r.StatusCode == HttpStatusCode.Created, TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);

        var attempted = outcomes.Where(o => o.Registration is not null).Select(o => o.Registration!).ToList();
        var stored = await app.WithDbAsync(db => db.Agencies.Where(a => attempted.Contains(a.RegistrationNumber))
            .Select(a => new { a.RegistrationNumber, Audited = db.AuditEntries.Any(e => e.EntityType == "Agency" && e.Action == "Added" && e.EntityId == a.Id.ToString()) })
            .ToListAsync(Ct));
        var confirmed = outcomes.Where(o => o.Status == HttpStatusCode.Created).Select(o => o.Registration!).ToHashSet();
        Assert.Subset(stored.Select(a => a.RegistrationNumber).ToHashSet(), confirmed);
        Assert.All(stored, a => Assert.True(a.Audited, $"agency {a.RegistrationNumber} stored without its audit line"));
        var orphanAuditLines = await app.WithDbAsync(db => db.AuditEntries
            .CountAsync(e => e.EntityType == "Agency" && e.Action == "Added" && !db.Agencies.Any(a => a.Id.ToString() == e.EntityId), Ct));
        Assert.Equal(0, orphanAuditLines);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{outcomes.Count} requests ({attempted.Count} writes): {outcomes.Count(o => o.Status == HttpStatusCode.ServiceUnavailable)} answered 503 with Retry-After, none 500; " +
            $"{confirmed.Count} writes confirmed, {stored.Count} stored, each with its audit line");
    }

    /// <summary>An officer registering agencies and listing them, pausing after a failure as a client honouring Retry-After would.</summary>
    private static async Task ReadAndWriteAsync(HttpClient officer, ConcurrentQueue<Outcome> outcomes, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var registration = NextRegistration();
            using var write = await RegisterAsync(officer, registration);
            outcomes.Enqueue(new Outcome(registration, write.StatusCode, write.Headers.RetryAfter is not null));
            using var read = await officer.GetAsync("/api/v1/agencies?pageSize=20", Ct);
            outcomes.Enqueue(new Outcome(null, read.StatusCode, read.Headers.RetryAfter is not null));
            if (!IsSuccess(write.StatusCode) || !IsSuccess(read.StatusCode)) await Task.Delay(100, Ct);
        }
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient officer, string registration) =>
        officer.PostAsJsonAsync("/api/v1/agencies", TestAgency.Registration(registration), Ct);

    private static string NextRegistration() => Interlocked.Increment(ref _lastRegistration).ToString();

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static async Task ConnectAsync(DedicatedPostgres server)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
    }
}
