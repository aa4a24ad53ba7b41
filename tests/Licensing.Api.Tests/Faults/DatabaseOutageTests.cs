using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Npgsql;

namespace Licensing.Api.Tests.Faults;

/// <summary>
/// PostgreSQL cuts every connection of the application (as a restart does) while requests are
/// under way: they fail cleanly with 503 and Retry-After, never 500, nothing half-written is
/// left, and the application recovers by itself.
/// </summary>
public sealed class DatabaseOutageTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConnectionsCutUnderLoad_Answer503WithRetryAfter_AndTheAppRecovers()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var statuses = new ConcurrentBag<(HttpStatusCode Status, bool RetryAfter)>();
        using var load = new CancellationTokenSource(TimeSpan.FromSeconds(6));
        var clients = Enumerable.Range(0, 8).Select(async _ =>
        {
            while (!load.IsCancellationRequested)
            {
                using var response = await officer.GetAsync("/api/v1/agencies?pageSize=50", Ct);
                statuses.Add((response.StatusCode, response.Headers.RetryAfter is not null));
            }
        }).ToList();
        var cuts = Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await Task.Delay(800, Ct);
                await TerminateConnectionsAsync();
            }
        }, Ct);
        await Task.WhenAll(clients.Append(cuts));

        Assert.DoesNotContain(statuses, s => s.Status == HttpStatusCode.InternalServerError);
        Assert.All(statuses.Where(s => s.Status != HttpStatusCode.OK), s =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, s.Status);
            Assert.True(s.RetryAfter);
        });
        Assert.Contains(statuses, s => s.Status == HttpStatusCode.ServiceUnavailable);

        var recovered = await Eventually.ReturnsAsync(() => officer.GetAsync("/api/v1/agencies?pageSize=5", Ct), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        var page = await recovered.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(page.GetProperty("total").GetInt32() >= 120);
    }

    private async Task TerminateConnectionsAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(app.Database.ConnectionString);
        var database = server.Database;
        server.Database = "postgres";
        server.Pooling = false;
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", connection);
        command.Parameters.AddWithValue("db", database!);
        await command.ExecuteScalarAsync(Ct);
    }
}
