using System.Diagnostics;
using System.Globalization;

namespace Licensing.Bench;

/// <summary>
/// Scenario 4: every statistics and dashboard endpoint, one request at a time (as an officer
/// opening the page), after three unmeasured requests each; p50, p95 and max per endpoint. A slow
/// endpoint stops after 30 s (at least three measured requests).
/// </summary>
public static class Dashboards
{
    private const string Officer = "officer@licensing.example";
    private const int Requests = 20;
    private const double TargetMs = 300;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    public static async Task<string> RunAsync(Uri baseUrl, string dataSize)
    {
        var year = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
        var lastYear = (DateTime.UtcNow.Year - 1).ToString(CultureInfo.InvariantCulture);
        var endpoints = new (string Login, string Path)[]
        {
            (Officer, "/api/v1/worker-statistics/?groupBy=Country"),
            (Officer, "/api/v1/worker-statistics/?groupBy=Sex"),
            (Officer, "/api/v1/worker-statistics/?groupBy=Sector"),
            (Officer, "/api/v1/worker-statistics/?groupBy=Province"),
            (Officer, "/api/v1/worker-statistics/?groupBy=Month"),
            (Officer, $"/api/v1/worker-statistics/?groupBy=Month&country=TH&from={year}-01&to={year}-12"),
            (Officer, "/api/v1/complaints/statistics"),
            (Officer, $"/api/v1/complaints/statistics?from={lastYear}-03-15&to={year}-02-10"),
            ("pdlvt@licensing.example", "/api/v1/complaints/statistics"),
            ("moi@licensing.example", "/api/v1/complaints/statistics"),
            (Officer, "/api/v1/complaints/dashboard"),
            (Officer, "/api/v1/disappearances/statistics"),
            ("inspector@licensing.example", $"/api/v1/inspections/statistics?year={year}"),
            ("", "/api/v1/public/rankings"),
        };
        var clients = new Dictionary<string, HttpClient>();
        var rows = new List<string>();
        var worst = 0.0;
        foreach (var (login, path) in endpoints)
        {
            if (!clients.TryGetValue(login, out var client))
            {
                client = login == "" ? new HttpClient { BaseAddress = baseUrl, Timeout = Timeout.InfiniteTimeSpan } : await Api.SignInAsync(baseUrl, login);
                clients[login] = client;
            }
            var ms = await TimeAsync(client, path);
            var p95 = Percentiles.Of(ms, 95);
            worst = Math.Max(worst, p95);
            rows.Add($"`{path}`{(login == Officer ? "" : login == "" ? " anonymous" : $" as {login}")} ({ms.Count}) p50 {Percentiles.Of(ms, 50):0} ms, p95 {p95:0} ms, max {ms.Max():0} ms");
        }
        foreach (var client in clients.Values) client.Dispose();
        return $"| dashboards ({Requests} sequential requests per endpoint after 3 unmeasured) | {dataSize} | {string.Join("; ", rows)} | worst p95 / target {TargetMs:0} ms = {worst / TargetMs:0.00} |";
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, string path)
    {
        var ms = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var i = -3; i < Requests && (clock.Elapsed < Budget || ms.Count < 3); i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
            if (i >= 0) ms.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return ms;
    }
}
