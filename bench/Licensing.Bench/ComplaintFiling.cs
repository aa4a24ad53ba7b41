using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Application.Complaints;

namespace Licensing.Bench;

/// <summary>
/// Scenario 2: anonymous complaint filings (validation, PIN hashing, audit, outbox) by N
/// concurrent filers, each filing again as soon as answered, for a fixed time after a 5-second
/// warm-up. Beside it, in the same run, the machine's rate of the PIN hash alone (PBKDF2-SHA256,
/// 100,000 iterations, on every core): each filing must compute one, so it is the ceiling.
/// </summary>
public static class ComplaintFiling
{
    public sealed record Options(int Filers, int Seconds)
    {
        public static Options From(string[] args) => new(
            int.Parse(args.ElementAtOrDefault(0) ?? "16", CultureInfo.InvariantCulture),
            int.Parse(args.ElementAtOrDefault(1) ?? "20", CultureInfo.InvariantCulture));
    }

    public static async Task<string> RunAsync(Uri baseUrl, Options options)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = baseUrl };
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/v1/public/complaints/agencies?query=Manpower");
        var agencyIds = agencies.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        // Measured first: once the filings start, the app spends CPU delivering their notifications too.
        var hashes = HashesPerSecond(TimeSpan.FromSeconds(3));
        await FileForAsync(client, agencyIds, TimeSpan.FromSeconds(5), options.Filers, new(), new());

        var latencies = new ConcurrentBag<double>();
        var refused = new ConcurrentBag<HttpStatusCode>();
        await FileForAsync(client, agencyIds, TimeSpan.FromSeconds(options.Seconds), options.Filers, latencies, refused);
        var perSecond = latencies.Count / (double)options.Seconds;
        var ms = latencies.ToList();
        return $"| complaint filing (`POST /api/v1/public/complaints`), {options.Filers} concurrent filers, {options.Seconds} s | {agencyIds.Count} respondent agencies to pick from; the database's existing complaints | "
            + $"{perSecond:0.0} filings/s, p50 {Percentiles.Of(ms, 50):0.0} ms, p99 {Percentiles.Of(ms, 99):0.0} ms; refused {refused.Count}{string.Concat(refused.GroupBy(c => (int)c).Select(g => $" ({g.Count()}× {g.Key})"))}; PIN hash alone {hashes:0.0}/s on {Environment.ProcessorCount} cores | "
            + $"filings / PIN-hash ceiling = {100 * perSecond / hashes:0}% |";
    }

    private static async Task FileForAsync(HttpClient client, IReadOnlyList<Guid> agencies, TimeSpan duration, int filers, ConcurrentBag<double> latencies, ConcurrentBag<HttpStatusCode> refused)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, filers).Select(async filer =>
        {
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsJsonAsync("/api/v1/public/complaints", Complaint(agencies.Count == 0 ? null : agencies[(filer + n) % agencies.Count]));
                if (response.StatusCode == HttpStatusCode.Created) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else refused.Add(response.StatusCode);
            }
        }));
    }

    private static object Complaint(Guid? agencyId) => new
    {
        filedAs = "Worker", workerName = "សុខ ស្រីមុំ", phone = "+855 12 345 678", provinceCode = "KH-2", preferredContact = "Sms",
        agencyId, unlicensedRecruiter = agencyId is null ? "A broker in the village" : null, category = "DocumentsKept",
        whatHappened = "ភ្នាក់ងារបានរក្សាលិខិតឆ្លងដែនរបស់ខ្ញុំ។ The agency kept my passport.", where = "Bangkok", when = "October 2026",
        whatTheyWant = "My passport back", shareIdentityWithAgency = false, sendToMinistry = false,
    };

    private static double HashesPerSecond(TimeSpan duration)
    {
        var count = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            while (clock.Elapsed < duration)
            {
                ComplaintSecrets.HashPin("123456");
                Interlocked.Increment(ref count);
            }
        });
        return count / clock.Elapsed.TotalSeconds;
    }
}
