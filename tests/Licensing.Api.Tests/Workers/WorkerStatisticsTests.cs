using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Workers;
using Licensing.Domain.Workers;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Workers;

/// <summary>
/// Two journeys of one new agency, counted by every dimension: exactly for the agency's staff (counted
/// from its deployments), and as the change in the database's running totals that MLVT and embassies read.
/// </summary>
public abstract class WorkerStatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static readonly string ThisMonth = LocalToday.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    private static readonly string NextMonth = LocalToday.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, Dictionary<string, Counts>> Expected = new()
    {
        ["groupBy=Country"] = new() { ["TH"] = new(1, 1, 1), ["JP"] = new(1, 0, 0) },
        ["groupBy=Sex"] = new() { ["Female"] = new(1, 1, 1), ["Male"] = new(1, 0, 0) },
        ["groupBy=Sector"] = new() { ["construction"] = new(1, 1, 1), ["manufacturing"] = new(1, 0, 0) },
        ["groupBy=Province"] = new() { ["KH-2"] = new(1, 1, 1), ["KH-12"] = new(1, 0, 0) },
        ["groupBy=Month"] = new() { [ThisMonth] = new(2, 0, 1), [NextMonth] = new(0, 1, 0) },
        [$"groupBy=Month&from={NextMonth}"] = new() { [NextMonth] = new(0, 1, 0) },
        [$"groupBy=Month&to={ThisMonth}"] = new() { [ThisMonth] = new(2, 0, 1) },
        [$"groupBy=Country&from={ThisMonth}&to={ThisMonth}"] = new() { ["TH"] = new(1, 0, 1), ["JP"] = new(1, 0, 0) },
        ["groupBy=Province&sex=Male"] = new() { ["KH-12"] = new(1, 0, 0) },
        ["groupBy=Sex&country=TH&province=KH-2"] = new() { ["Female"] = new(1, 1, 1) },
        ["groupBy=Month&sector=manufacturing"] = new() { [ThisMonth] = new(1, 0, 0) },
        ["groupBy=Country&country=JP&sex=Female"] = [],
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R29")]
    [Trait("Rule", "R30")]
    public async Task Statistics_CountEachJourneyOnceByEveryDimensionAndMonth()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        var officerBefore = await AllAsync(officer);
        var embassyBefore = await CountAsync(embassy, "groupBy=Country");

        await RepatriatedFromThailandNextMonthAsync(staff, officer, agency);
        await DeployedToJapanAsync(staff, officer, agency);
        await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "JP", "manufacturing"));

        foreach (var (query, expected) in Expected)
        {
            var counted = await CountAsync(staff, query);
            Assert.True(Same(expected, counted), $"{query}: {Describe(counted)}");
        }
        var officerAfter = await AllAsync(officer);
        foreach (var (query, expected) in Expected)
        {
            var change = Change(officerBefore[query], officerAfter[query]);
            Assert.True(Same(expected, change), $"{query} (officer): {Describe(change)}");
        }
        var embassyChange = Change(embassyBefore, await CountAsync(embassy, "groupBy=Country"));
        Assert.True(Same(new() { ["TH"] = new(1, 1, 1) }, embassyChange), Describe(embassyChange));
    }

    [Fact]
    [Trait("Rule", "R29")]
    [Trait("Rule", "R30")]
    public async Task RunningTotals_EqualTheDeploymentsCountedAfresh_AlsoAfterDeletes()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        Assert.NotEmpty(await db.WorkerMovementCounts.ToListAsync(Ct));
        await AssertTotalsMatchAsync(db);

        await using var rollback = await db.Database.BeginTransactionAsync(Ct);
        var repatriation = await db.Set<RepatriationCase>().Select(r => r.Id).FirstAsync(Ct);
        var departed = await db.Deployments.Where(d => d.Departure != null && !d.Repatriations.Any() && !db.DisappearanceCases.Any(c => c.DeploymentId == d.Id))
            .Select(d => d.Id).FirstAsync(Ct);
        await db.Set<RepatriationCase>().Where(r => r.Id == repatriation).ExecuteDeleteAsync(Ct);
        await db.Deployments.Where(d => d.Id == departed).ExecuteDeleteAsync(Ct);
        await AssertTotalsMatchAsync(db);
    }

    private static async Task AssertTotalsMatchAsync(LicensingDbContext db)
    {
        var totals = await db.WorkerMovementCounts.Where(t => t.Deployments != 0 || t.Returns != 0 || t.Repatriations != 0)
            .Select(t => new { t.Month, t.CountryCode, t.SectorCode, t.Sex, t.ProvinceCode, t.Deployments, t.Returns, t.Repatriations }).ToListAsync(Ct);
        var counted = await WorkerMovement.CountedFrom(db.Deployments, db.Workers)
            .GroupBy(m => new { m.Month, m.CountryCode, m.SectorCode, m.Sex, m.ProvinceCode })
            .Select(g => new { g.Key.Month, g.Key.CountryCode, g.Key.SectorCode, g.Key.Sex, g.Key.ProvinceCode, Deployments = g.Sum(m => m.Deployments), Returns = g.Sum(m => m.Returns), Repatriations = g.Sum(m => m.Repatriations) })
            .ToListAsync(Ct);
        Assert.Equal(counted.Select(c => c.ToString()).Order(), totals.Select(t => t.ToString()).Order());

        var deployedByAgency = await db.AgencyDeploymentCounts.Where(a => a.Deployed != 0).Select(a => new { a.AgencyId, Count = a.Deployed }).ToListAsync(Ct);
        var departedByAgency = await db.Deployments.Where(d => d.Departure != null).GroupBy(d => d.AgencyId).Select(g => new { AgencyId = g.Key, Count = g.Count() }).ToListAsync(Ct);
        Assert.Equal(departedByAgency.Select(a => a.ToString()).Order(), deployedByAgency.Select(a => a.ToString()).Order());
    }

    /// <summary>A woman from Battambang (KH-2) to construction in Thailand: departs today, a repatriation case opened, back next month.</summary>
    private static async Task RepatriatedFromThailandNextMonthAsync(HttpClient staff, HttpClient officer, LicensedAgency agency)
    {
        var worker = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "TH", "construction"), provinceCode: "KH-2");
        await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);
        await ExpectAsync(HttpStatusCode.NoContent, ClearAndDeployAsync(staff, worker));
        await ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/repatriations", new { reason = "Illness", requestedBy = "Family", paidBy = "Employer" }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/return",
            new { outcome = "Repatriated", returnedOn = LocalToday.AddMonths(1), provinceCode = "KH-2" }, Ct));
    }

    /// <summary>A man from Kampong Cham (KH-12) to manufacturing in Japan: departs today, still abroad.</summary>
    private static async Task DeployedToJapanAsync(HttpClient staff, HttpClient officer, LicensedAgency agency)
    {
        var worker = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "JP", "manufacturing"), provinceCode: "KH-12", sex: "Male");
        await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);
        await ExpectAsync(HttpStatusCode.NoContent, ClearAndDeployAsync(staff, worker));
    }

    private static async Task<Dictionary<string, Dictionary<string, Counts>>> AllAsync(HttpClient client)
    {
        var all = new Dictionary<string, Dictionary<string, Counts>>();
        foreach (var query in Expected.Keys) all[query] = await CountAsync(client, query);
        return all;
    }

    private static async Task<Dictionary<string, Counts>> CountAsync(HttpClient client, string query)
    {
        var result = await client.GetFromJsonAsync<JsonElement>($"/api/v1/worker-statistics?{query}", Ct);
        var rows = result.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, Read);
        var total = Read(result.GetProperty("total"));
        Assert.Equal(total, rows.Values.Aggregate(new Counts(0, 0, 0), (sum, c) => sum + c));
        return rows;
    }

    private static Counts Read(JsonElement row) =>
        new(row.GetProperty("deployments").GetInt32(), row.GetProperty("returns").GetInt32(), row.GetProperty("repatriations").GetInt32());

    private static Dictionary<string, Counts> Change(Dictionary<string, Counts> before, Dictionary<string, Counts> after) =>
        after.Select(a => (a.Key, Counts: a.Value - before.GetValueOrDefault(a.Key, new Counts(0, 0, 0))))
            .Where(c => c.Counts != new Counts(0, 0, 0)).ToDictionary(c => c.Key, c => c.Counts);

    private static bool Same(Dictionary<string, Counts> expected, Dictionary<string, Counts> actual) =>
        expected.Count == actual.Count && expected.All(e => actual.GetValueOrDefault(e.Key) == e.Value);

    private static string Describe(Dictionary<string, Counts> counts) => string.Join("; ", counts.Select(c => $"{c.Key} {c.Value}"));

    private sealed record Counts(int Deployments, int Returns, int Repatriations)
    {
        public static Counts operator +(Counts a, Counts b) => new(a.Deployments + b.Deployments, a.Returns + b.Returns, a.Repatriations + b.Repatriations);

        public static Counts operator -(Counts a, Counts b) => new(a.Deployments - b.Deployments, a.Returns - b.Returns, a.Repatriations - b.Repatriations);
    }
}

public sealed class WorkerStatisticsTestsOnSqlite(SqliteApp app) : WorkerStatisticsTests<SqliteApp>(app);

public sealed class WorkerStatisticsTestsOnPostgres(PostgresApp app) : WorkerStatisticsTests<PostgresApp>(app);
