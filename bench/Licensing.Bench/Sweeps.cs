using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Licensing.Bench;

/// <summary>
/// Scenario 5: the scheduled sweeps over the generated data, each started through the
/// administrators' "run now" (which queues a Hangfire run of the recurring job) and timed until
/// Hangfire's job table says the run succeeded or failed, while the app's resident memory and its
/// managed heap (as the last collection left it) are sampled. Each run starts from a full collection,
/// so runs start from the same floor, and ends with one, which shows what the run kept.
/// The complaint escalation runs twice: first with nine in ten overdue complaints moved out of
/// reach, then with all of them, so the two heap peaks show whether memory grows with the number of due items.
/// </summary>
public sealed class Sweeps(Uri baseUrl, string connectionString, int appPid)
{
    private const string OpenOverdue = """
        "Status" IN ('Received','Acknowledged','UnderInvestigation','Conciliation')
        AND (CASE WHEN "Status" = 'Received' THEN "AcknowledgeBy" ELSE "ResolveBy" END) < now()
        """;

    private static readonly string[] OtherJobs =
        ["inspection-reminders", "licence-expiry-reminders", "disappearance-escalation", "disappearance-agency-updates", "evaluations-due", "sanction-effects"];

    public async Task<string> RunAsync(string dataSize)
    {
        using var admin = await Api.SignInAsync(baseUrl, "admin@licensing.example");
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var due = await Sql.ScalarAsync(db, $"SELECT count(*) FROM \"Complaints\" WHERE {OpenOverdue}");
        var rows = new List<string>();

        await Sql.ScalarAsync(db, $"""
            DROP TABLE IF EXISTS bench_deferred;
            CREATE TABLE bench_deferred AS SELECT "Id" FROM "Complaints" WHERE {OpenOverdue} ORDER BY "Id" OFFSET {due / 10};
            UPDATE "Complaints" SET "AcknowledgeBy" = "AcknowledgeBy" + interval '100 years', "ResolveBy" = "ResolveBy" + interval '100 years' WHERE "Id" IN (SELECT "Id" FROM bench_deferred);
            """);
        var small = await Sql.ScalarAsync(db, $"SELECT count(*) FROM \"Complaints\" WHERE {OpenOverdue}");
        var first = await TimeJobAsync(admin, db, "complaint-escalation");
        await Sql.ScalarAsync(db, """
            UPDATE "Complaints" SET "AcknowledgeBy" = "AcknowledgeBy" - interval '100 years', "ResolveBy" = "ResolveBy" - interval '100 years' WHERE "Id" IN (SELECT "Id" FROM bench_deferred);
            DROP TABLE bench_deferred;
            """);
        var second = await TimeJobAsync(admin, db, "complaint-escalation");
        rows.Add($"| sweep: complaint escalation | {dataSize}; {small:N0} overdue complaints, then {due:N0} ({due - small:N0} not yet escalated) | "
            + $"{small:N0} due: {first.Describe()}; {due:N0} due: {second.Describe()} | heap peak above the floor at {due:N0} / at {small:N0} = {second.HeapGrowth / Math.Max(1.0, first.HeapGrowth):0.00}; peak RSS at {due:N0} / at {small:N0} = {second.PeakMb / first.PeakMb:0.00} |");
        foreach (var job in OtherJobs)
        {
            var run = await TimeJobAsync(admin, db, job);
            rows.Add($"| sweep: {job} | {dataSize} | {run.Describe()} | |");
        }
        return string.Join('\n', rows);
    }

    /// <summary>A run's figures; heaps in MB: the live floor before, the largest heap a collection left during the run, the live heap after.</summary>
    public sealed record Run(TimeSpan Wall, long OutboxWritten, double RssBeforeMb, double PeakMb, double HeapFloorMb, double HeapPeakMb, double HeapAfterMb)
    {
        public double HeapGrowth => HeapPeakMb - HeapFloorMb;

        public string Describe() => FormattableString.Invariant(
            $"wall {Wall.TotalSeconds:0.0} s, {OutboxWritten:N0} notifications queued, RSS {RssBeforeMb:0} MB before, peak {PeakMb:0} MB; heap {HeapFloorMb:0} MB live before, peak {HeapPeakMb:0} MB (+{HeapGrowth:0} MB), {HeapAfterMb:0} MB live after");
    }

    private async Task<Run> TimeJobAsync(HttpClient admin, NpgsqlConnection db, string job)
    {
        var outboxBefore = await Sql.ScalarAsync(db, "SELECT count(*) FROM \"OutboxMessages\"");
        var floor = await HeapMbAsync(admin, collect: true);
        var heapPeak = floor;
        var before = RssMb();
        var peak = before;
        var clock = Stopwatch.StartNew();
        var started = await admin.PostAsync($"/api/v1/admin/jobs/{job}/run", null);
        started.EnsureSuccessStatusCode();
        var runId = long.Parse((await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!, CultureInfo.InvariantCulture);
        while (!await FinishedAsync(db, runId))
        {
            peak = Math.Max(peak, RssMb());
            heapPeak = Math.Max(heapPeak, await HeapMbAsync(admin, collect: false));
            await Task.Delay(20);
        }
        var wall = clock.Elapsed;
        var written = await Sql.ScalarAsync(db, "SELECT count(*) FROM \"OutboxMessages\"") - outboxBefore;
        return new Run(wall, written, before, peak, floor, heapPeak, await HeapMbAsync(admin, collect: true));
    }

    /// <summary>Whether Hangfire's run is over: succeeded, or failed for good (a failed attempt awaiting its retry is "Scheduled").</summary>
    private static async Task<bool> FinishedAsync(NpgsqlConnection db, long runId) =>
        await Sql.ScalarAsync(db, $"SELECT count(*) FROM hangfire.job WHERE id = {runId} AND statename IN ('Succeeded', 'Failed', 'Deleted')") > 0;

    private static async Task<double> HeapMbAsync(HttpClient client, bool collect)
    {
        using var response = collect ? await client.PostAsync("/bench/heap/collect", null) : await client.GetAsync("/bench/heap");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("heapBytes").GetInt64() / (1024.0 * 1024.0);
    }

    private double RssMb()
    {
        var line = File.ReadLines($"/proc/{appPid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
