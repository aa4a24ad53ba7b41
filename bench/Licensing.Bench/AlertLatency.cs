using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Licensing.Bench;

/// <summary>
/// Scenario 3: time from a disappearance report's POST to its server-sent event at every
/// connected embassy officer. MLVT reports the demo workers deployed to Thailand at a fixed rate;
/// each case is closed (located safe) as soon as it is reported, so the workers can be reported
/// again. Latency = event received − POST sent, per (officer connection, case), after a 5-second
/// warm-up that is not measured.
/// </summary>
public static class AlertLatency
{
    public sealed record Options(int Officers, double ReportsPerSecond, int Seconds)
    {
        public static Options From(string[] args) => new(
            int.Parse(args.ElementAtOrDefault(0) ?? "100", CultureInfo.InvariantCulture),
            double.Parse(args.ElementAtOrDefault(1) ?? "20", CultureInfo.InvariantCulture),
            int.Parse(args.ElementAtOrDefault(2) ?? "30", CultureInfo.InvariantCulture));
    }

    public static async Task<string> RunAsync(Uri baseUrl, Options options)
    {
        using var ministry = await Api.SignInAsync(baseUrl, "officer@licensing.example");
        using var embassy = await Api.SignInAsync(baseUrl, "embassy.th@licensing.example");
        var workers = await FreeWorkersAsync(ministry);
        var received = new ConcurrentBag<(int Connection, string Case, long At)>();
        using var stop = new CancellationTokenSource();
        var listeners = Enumerable.Range(0, options.Officers).Select(i => ListenAsync(embassy, i, received, stop.Token)).ToList();
        await Task.Delay(2000);

        var free = new ConcurrentQueue<Guid>(workers);
        // Warm-up, not measured: the first requests pay for JIT compilation and EF query compilation.
        await DriveAsync(ministry, embassy, free, options.ReportsPerSecond, WarmUp, new(), new());
        received.Clear();
        var sent = new ConcurrentDictionary<string, long>();
        var postMs = new ConcurrentBag<double>();
        await DriveAsync(ministry, embassy, free, options.ReportsPerSecond, TimeSpan.FromSeconds(options.Seconds), sent, postMs);
        await Task.Delay(2000);
        await stop.CancelAsync();
        await Task.WhenAll(listeners);

        var latencies = received.Where(r => sent.ContainsKey(r.Case))
            .Select(r => Stopwatch.GetElapsedTime(sent[r.Case], r.At).TotalMilliseconds).ToList();
        var expected = sent.Count * options.Officers;
        return string.Join('\n',
            $"| alert latency (report POST → SSE event) | {sent.Count} reports in {options.Seconds} s ({sent.Count / (double)options.Seconds:0.0}/s), {options.Officers} connected officers, {workers.Count} workers | "
            + $"p50 {Percentiles.Of(latencies, 50):0.0} ms, p99 {Percentiles.Of(latencies, 99):0.0} ms, max {latencies.DefaultIfEmpty().Max():0.0} ms; events {latencies.Count}/{expected} | "
            + $"POST alone p50 {Percentiles.Of(postMs.ToList(), 50):0.0} ms, p99 {Percentiles.Of(postMs.ToList(), 99):0.0} ms; event p99 / POST p99 = {Percentiles.Of(latencies, 99) / Percentiles.Of(postMs.ToList(), 99):0.00} |");
    }

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <summary>Reports at the rate for the time given, each free worker in turn.</summary>
    private static async Task DriveAsync(HttpClient ministry, HttpClient embassy, ConcurrentQueue<Guid> free, double perSecond, TimeSpan duration,
        ConcurrentDictionary<string, long> sent, ConcurrentBag<double> postMs)
    {
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var cycles = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < duration; n++)
        {
            var due = interval * n - clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
            if (free.TryDequeue(out var worker)) cycles.Add(ReportAndCloseAsync(ministry, embassy, worker, sent, postMs, free));
        }
        await Task.WhenAll(cycles);
    }

    private static async Task ReportAndCloseAsync(HttpClient ministry, HttpClient embassy, Guid worker, ConcurrentDictionary<string, long> sent, ConcurrentBag<double> postMs, ConcurrentQueue<Guid> free)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await ministry.PostAsJsonAsync("/api/v1/disappearances", new
        {
            workerId = worker, lastKnownLocation = "Benchmark location", lastContactAt = DateTimeOffset.UtcNow.AddHours(-3),
            agencyLearnedAt = DateTimeOffset.UtcNow.AddHours(-1), circumstances = "Benchmark report.",
        });
        postMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (response.StatusCode == System.Net.HttpStatusCode.Conflict) return; // the worker has a case open from the generated data: not reported again
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Report refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        sent[report.GetProperty("number").GetString()!] = started;
        var closed = await embassy.PostAsJsonAsync($"/api/v1/disappearances/{report.GetProperty("id").GetGuid()}/resolution", new { resolution = "LocatedSafe", note = "Benchmark." });
        closed.EnsureSuccessStatusCode();
        free.Enqueue(worker);
    }

    private static async Task ListenAsync(HttpClient client, int connection, ConcurrentBag<(int, string, long)> received, CancellationToken stop)
    {
        try
        {
            using var response = await client.GetAsync("/api/v1/alerts/stream", HttpCompletionOption.ResponseHeadersRead, stop);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
                var at = Stopwatch.GetTimestamp();
                var alert = JsonDocument.Parse(line[6..]).RootElement;
                if (alert.GetProperty("kind").GetString() == "Reported") received.Add((connection, alert.GetProperty("caseNumber").GetString()!, at));
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>Demo workers in Thailand; any case left open by an earlier run is closed first.</summary>
    private static async Task<List<Guid>> FreeWorkersAsync(HttpClient ministry)
    {
        var open = await ministry.GetFromJsonAsync<JsonElement>("/api/v1/disappearances?status=Open&pageSize=200");
        foreach (var c in open.GetProperty("items").EnumerateArray())
        {
            await ministry.PostAsJsonAsync($"/api/v1/disappearances/{c.GetProperty("id").GetGuid()}/resolution", new { resolution = "LocatedSafe", note = "Closed before a benchmark run." });
        }
        var page = await ministry.GetFromJsonAsync<JsonElement>("/api/v1/workers?status=Deployed&country=TH&pageSize=200");
        var workers = page.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()).ToList();
        return workers.Count > 0 ? workers : throw new InvalidOperationException("No demo worker is deployed to Thailand.");
    }
}
