using System.Data;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Common;
using Licensing.Domain.Complaints;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Licensing.Api.Tests.Support.FiledComplaint;

namespace Licensing.Api.Tests.Complaints;

/// <summary>
/// MLVT's and provincial officers' complaint statistics read running totals by month received for the whole months of
/// a period and count the days around them afresh (ADR-018); other officers' are counted afresh. Both must give the same
/// answer, and the totals must equal the complaints whatever changes them.
/// </summary>
public abstract class ComplaintStatisticsTotalsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset On(int month, int day, int year = 2003) => new(year, month, day, 9, 30, 0, TimeSpan.Zero);

    private static readonly string[] Periods = ["from={0}-05-15&to={0}-07-10", "from={0}-05-01&to={0}-07-31", "from={0}-07-01&to={0}-07-10", "from={0}-06-20&to={0}-06-30"];

    [Fact]
    public async Task PeriodsStartingAndEndingInsideMonths_AddTheTotalsAndTheDaysAround_ForMlvtAndTheProvince()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var province = await app.ClientForAsync(DemoLogins.ProvincialOfficer);
        await ReceiveSixAsync(officer, agency.Id, 2003);

        var mid = await StatisticsAsync(officer, "from=2003-05-15&to=2003-07-10");

        Assert.Equal(4, mid.GetProperty("total").GetInt32());
        Assert.Equal(["ExcessiveFees 1", "DocumentsKept 2", "WagesUnpaid 1"], Counts(mid.GetProperty("byCategory")));
        Assert.Equal(["Dismissed 3", "Open 1"], Counts(mid.GetProperty("byOutcome")));
        Assert.Equal(4, mid.GetProperty("byAgency").EnumerateArray().Single().GetProperty("complaints").GetInt32());
        Assert.Equal(4.8, mid.GetProperty("averageDaysToDecide").GetDouble());
        Assert.Equal(4.4, mid.GetProperty("medianDaysToDecide").GetDouble());
        Assert.Equal(6, (await StatisticsAsync(officer, "from=2003-05-01&to=2003-07-31")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await StatisticsAsync(officer, "from=2003-07-01&to=2003-07-10")).GetProperty("total").GetInt32());
        Assert.Equal(9.1, (await StatisticsAsync(officer, "from=2003-07-06&to=2003-07-31")).GetProperty("medianDaysToDecide").GetDouble());
        foreach (var period in Periods.Select(p => string.Format(p, 2003)))
        {
            Assert.Equal((await StatisticsAsync(officer, period)).GetRawText(), (await StatisticsAsync(province, period)).GetRawText());
        }
    }

    [Fact]
    public async Task TheTotals_AnswerAsComplaintsCountedAfresh()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var province = await app.ClientForAsync(DemoLogins.ProvincialOfficer);
        using var interior = await app.ClientForAsync(DemoLogins.InteriorOfficer);
        await ReceiveSixAsync(officer, null, 2004);
        // Seen by MLVT only: against an agency (Interior sees unlicensed recruiters) from another province.
        var elsewhere = await FileAsync(app, (await TestAgency.CreateAsync(app)).Id);
        await app.WithDbAsync(db => db.Complaints.Where(c => c.Id == elsewhere.Id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ReceivedAt, On(6, 10, 2004)).SetProperty(x => x.Complainant.ProvinceCode, "KH-12"), Ct));

        foreach (var period in Periods.Select(p => string.Format(p, 2004)))
        {
            var counted = await StatisticsAsync(interior, period);
            Assert.Equal(counted.GetRawText(), (await StatisticsAsync(province, period)).GetRawText());
            var holdsJuneTenth = period.Contains("-05-", StringComparison.Ordinal) ? 1 : 0; // the periods from May
            Assert.Equal(counted.GetProperty("total").GetInt32() + holdsJuneTenth, (await StatisticsAsync(officer, period)).GetProperty("total").GetInt32());
        }
    }

    /// <summary>Six complaints from province KH-2 received in May, June and July, all but one dismissed a number of days later.</summary>
    private async Task ReceiveSixAsync(HttpClient officer, Guid? agencyId, int year)
    {
        var received = new (DateTimeOffset On, double? DecidedAfter, string Category)[]
        {
            (On(5, 10, year), 1.3, "DocumentsKept"), (On(5, 20, year), null, "WagesUnpaid"), (On(6, 15, year), 4.4, "DocumentsKept"),
            (On(6, 20, year), 2.2, "ExcessiveFees"), (On(7, 5, year), 7.7, "DocumentsKept"), (On(7, 25, year), 9.1, "WagesUnpaid"),
        };
        foreach (var (on, decidedAfter, category) in received)
        {
            var complaint = await FileAsync(app, agencyId, category: category);
            if (decidedAfter is not null) await StepAsync(officer, complaint.Id, "dismiss", new { reason = "No evidence." });
            await app.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint.Id)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.ReceivedAt, on).SetProperty(x => x.DecidedAt, decidedAfter is { } days ? on.AddDays(days) : null), Ct));
        }
    }

    [Fact]
    public async Task ReceivedTotals_EqualTheComplaintsCountedAfresh_AfterEveryKindOfChange()
    {
        var agency = await TestAgency.CreateAsync(app);
        var other = await TestAgency.CreateAsync(app);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var complaints = new List<FiledComplaint>();
        for (var i = 0; i < 5; i++) complaints.Add(await FileAsync(app, i == 4 ? null : agency.Id, category: i % 2 == 0 ? "DocumentsKept" : "JobDeception"));
        await StepAsync(officer, complaints[0].Id, "dismiss", new { reason = "Withdrawn by phone." });
        await StepAsync(officer, complaints[1].Id, "dismiss", new { reason = "No evidence." });
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        // One snapshot for the fresh count and the totals: the deadline sweeps may change complaints in between.
        await using (await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, Ct)) await AssertTotalsMatchAsync(db);

        await using var rollback = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, Ct);
        await db.Complaints.Where(c => c.Id == complaints[0].Id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ReceivedAt, On(2, 3)).SetProperty(x => x.DecidedAt, On(2, 3).AddHours(31)), Ct);
        await db.Complaints.Where(c => c.Id == complaints[1].Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Outcome, ComplaintStatus.Resolved), Ct);
        await db.Complaints.Where(c => c.Id == complaints[2].Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Account.Category, ComplaintCategory.WagesUnpaid), Ct);
        await db.Complaints.Where(c => c.Id == complaints[3].Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Complainant.ProvinceCode, "KH-12"), Ct);
        await db.Complaints.Where(c => c.Id == complaints[2].Id || c.Id == complaints[3].Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.AgencyId, other.Id), Ct);
        await db.Complaints.Where(c => c.Id == complaints[4].Id).ExecuteDeleteAsync(Ct);
        await AssertTotalsMatchAsync(db);
    }

    /// <summary>Counted here in memory, rather than by the application, so that the totals are checked independently.</summary>
    private static async Task AssertTotalsMatchAsync(LicensingDbContext db)
    {
        var rows = await db.Complaints.AsNoTracking()
            .Select(c => new { c.ReceivedAt, c.DecidedAt, c.Account.Category, c.Complainant.ProvinceCode, c.Outcome, c.AgencyId }).ToListAsync(Ct);
        var all = rows.Select(c => new
        {
            c.Category, c.ProvinceCode, c.AgencyId, Month = CalendarMonth.Of(c.ReceivedAt), Outcome = c.Outcome?.ToString() ?? "",
            Days = c.DecidedAt is { } decided ? (decided - c.ReceivedAt).TotalDays : (double?)null,
        }).ToList();
        var groups = all.GroupBy(c => $"{c.Month} {c.Category} {c.ProvinceCode} {c.Outcome}")
            .Select(g => $"{g.Key} {g.Count()} {g.Count(c => c.Days != null)} {g.Sum(c => c.Days ?? 0):F3}");
        var agencies = all.Where(c => c.AgencyId != null).GroupBy(c => $"{c.AgencyId} {c.Month} {c.ProvinceCode}").Select(g => $"{g.Key} {g.Count()}");
        var times = all.Where(c => c.Days != null).GroupBy(c => $"{c.Month} {c.ProvinceCode} {Math.Round(c.Days!.Value * 10)}").Select(g => $"{g.Key} {g.Count()}");

        var groupTotals = await db.ReceivedComplaintCounts.AsNoTracking().Where(t => t.Complaints != 0).ToListAsync(Ct);
        var agencyTotals = await db.AgencyReceivedComplaintCounts.AsNoTracking().Where(t => t.Complaints != 0).ToListAsync(Ct);
        var timeTotals = await db.ComplaintDecisionTimes.AsNoTracking().Where(t => t.Complaints != 0).ToListAsync(Ct);
        Assert.Equal(groups.Order(), groupTotals.Select(t => $"{t.Month} {t.Category} {t.ProvinceCode} {t.Outcome} {t.Complaints} {t.Decided} {t.DaysToDecide:F3}").Order());
        Assert.Equal(agencies.Order(), agencyTotals.Select(t => $"{t.AgencyId} {t.Month} {t.ProvinceCode} {t.Complaints}").Order());
        Assert.Equal(times.Order(), timeTotals.Select(t => $"{t.Month} {t.ProvinceCode} {t.TenthsOfDays} {t.Complaints}").Order());
    }

    private static async Task<JsonElement> StatisticsAsync(HttpClient client, string period) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/statistics?{period}", Ct);
}

public sealed class ComplaintStatisticsTotalsTestsOnSqlite(SqliteApp app) : ComplaintStatisticsTotalsTests<SqliteApp>(app);

public sealed class ComplaintStatisticsTotalsTestsOnPostgres(PostgresApp app) : ComplaintStatisticsTotalsTests<PostgresApp>(app);
