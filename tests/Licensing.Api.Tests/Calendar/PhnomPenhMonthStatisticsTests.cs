using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Calendar;

/// <summary>
/// R35: complaint statistics count a complaint in the Phnom Penh month it was received. One received at
/// 2026-01-31T20:00Z (03:00 on 1 February in Phnom Penh) counts in February, in the running totals (MLVT's whole months,
/// kept by the triggers), in the days around them, and counted afresh (the Interior officer's statistics): all agree.
/// </summary>
[Trait("Rule", "R35")]
[Trait("Rule", "R24")]
public abstract class PhnomPenhMonthStatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Periods =
        ["from=2026-02-01&to=2026-02-28", "from=2026-01-01&to=2026-01-31", "from=2026-02-01&to=2026-02-10", "from=2026-01-20&to=2026-01-31", "from=2026-01-31&to=2026-01-31"];

    [Fact]
    public async Task AComplaintReceivedAt2000UtcOn31January_CountsInFebruary_InTheTotalsAndAfresh()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var interior = await app.ClientForAsync(DemoLogins.InteriorOfficer);
        var complaint = await FiledComplaint.FileAsync(app, null, category: "WagesUnpaid");
        var before = await TotalsAsync(officer, interior);

        await app.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint.Id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ReceivedAt, new DateTimeOffset(2026, 1, 31, 20, 0, 0, TimeSpan.Zero)), Ct));
        var after = await TotalsAsync(officer, interior);

        int[] added = [1, 0, 1, 0, 0];
        Assert.Equal(added, after.Totals.Zip(before.Totals, (a, b) => a - b));
        Assert.Equal(added, after.Afresh.Zip(before.Afresh, (a, b) => a - b));
    }

    /// <summary>Each period's total as MLVT reads it (totals for whole months) and as the Interior officer counts it (afresh).</summary>
    private static async Task<(int[] Totals, int[] Afresh)> TotalsAsync(HttpClient officer, HttpClient interior)
    {
        var totals = new List<int>();
        var afresh = new List<int>();
        foreach (var period in Periods)
        {
            totals.Add(await TotalAsync(officer, period));
            afresh.Add(await TotalAsync(interior, period));
        }
        return (totals.ToArray(), afresh.ToArray());
    }

    private static async Task<int> TotalAsync(HttpClient client, string period) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/statistics?{period}", Ct)).GetProperty("total").GetInt32();
}

public sealed class PhnomPenhMonthStatisticsTestsOnSqlite(SqliteApp app) : PhnomPenhMonthStatisticsTests<SqliteApp>(app);

public sealed class PhnomPenhMonthStatisticsTestsOnPostgres(PostgresApp app) : PhnomPenhMonthStatisticsTests<PostgresApp>(app);
