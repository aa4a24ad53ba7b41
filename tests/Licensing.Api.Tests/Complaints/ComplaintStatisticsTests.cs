using System.Data;
using System.Linq.Expressions;
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
/// The statistics and the dashboard counted by the database, pinned to known complaints. The API stamps
/// receipt, decision and deadlines with the current time, so the tests move those instants in the database.
/// </summary>
public abstract class ComplaintStatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static readonly DateTimeOffset LongAgo = new(2001, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Statistics_CountByEveryDimension_PerHundredDeployed_AndDaysToDecide()
    {
        var worker = await DeployedWorker.CreateAsync(app);
        await DeployedWorker.CreateAsync(app, agency: worker.Agency);
        var agencyId = worker.Agency.Agency.Id;
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var tenDays = await FileAsync(app, agencyId);
        var oneDay = await FileAsync(app, agencyId);
        var threeDays = await FileAsync(app, agencyId, category: "WagesUnpaid");
        var twoAndAHalfDays = await FileAsync(app, agencyId, category: "ExcessiveFees");
        var open = await FileAsync(app, null, category: "JobDeception");
        foreach (var complaint in new[] { tenDays, oneDay, twoAndAHalfDays }) await StepAsync(officer, complaint.Id, "dismiss", new { reason = "No evidence." });
        await StepAsync(officer, threeDays.Id, "steps", new { step = "Acknowledge" });
        await StepAsync(officer, threeDays.Id, "refer", new { target = "Court", note = "Wage claim for the labour court." });
        await ReceivedLongAgoAsync(tenDays, decidedDaysLater: 10);
        await ReceivedLongAgoAsync(oneDay, decidedDaysLater: 1);
        await ReceivedLongAgoAsync(threeDays, decidedDaysLater: 3);
        await ReceivedLongAgoAsync(twoAndAHalfDays, decidedDaysLater: 2.5);
        await ReceivedLongAgoAsync(open, decidedDaysLater: null);

        var statistics = await officer.GetFromJsonAsync<JsonElement>("/api/v1/complaints/statistics?from=2001-01-01&to=2001-12-31", Ct);

        Assert.Equal(5, statistics.GetProperty("total").GetInt32());
        Assert.Equal(["ExcessiveFees 1", "DocumentsKept 2", "WagesUnpaid 1", "JobDeception 1"], Counts(statistics.GetProperty("byCategory")));
        Assert.Equal(["KH-2 5"], Counts(statistics.GetProperty("byProvince")));
        Assert.Equal(["Dismissed 3", "Open 1", "Referred 1"], Counts(statistics.GetProperty("byOutcome")));
        var byAgency = Assert.Single(statistics.GetProperty("byAgency").EnumerateArray());
        Assert.Equal((agencyId, 4, 2, 200m), (byAgency.GetProperty("agencyId").GetGuid(), byAgency.GetProperty("complaints").GetInt32(),
            byAgency.GetProperty("deployedWorkers").GetInt32(), byAgency.GetProperty("perHundredDeployed").GetDecimal()));
        Assert.Equal(4.1, statistics.GetProperty("averageDaysToDecide").GetDouble());
        Assert.Equal(3.0, statistics.GetProperty("medianDaysToDecide").GetDouble());
    }

    [Fact]
    public async Task Dashboard_CountsOpenComplaintsRedAmberAndGreen_ByTheirNextDeadline()
    {
        var agency = await TestAgency.CreateAsync(app);
        var late = await FileAsync(app, agency.Id);
        var dueTomorrow = await FileAsync(app, agency.Id);
        var dueNextWeek = await FileAsync(app, agency.Id);
        var decided = await FileAsync(app, agency.Id);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        await StepAsync(officer, dueNextWeek.Id, "steps", new { step = "Acknowledge" });
        await StepAsync(officer, decided.Id, "dismiss", new { reason = "Withdrawn by phone." });
        await DueAsync(late, DateTimeOffset.UtcNow.AddHours(-1));
        await DueAsync(dueTomorrow, DateTimeOffset.UtcNow.AddDays(1));
        await DueAsync(dueNextWeek, DateTimeOffset.UtcNow.AddDays(7));

        var dashboard = await officer.GetFromJsonAsync<JsonElement>("/api/v1/complaints/dashboard", Ct);

        var row = dashboard.GetProperty("byAgency").EnumerateArray().Single(a => a.GetProperty("key").GetString() == agency.Id.ToString());
        Assert.Equal((1, 1, 1, 3), (row.GetProperty("red").GetInt32(), row.GetProperty("amber").GetInt32(), row.GetProperty("green").GetInt32(), row.GetProperty("total").GetInt32()));
        var total = dashboard.GetProperty("total");
        var open = await app.WithDbAsync(db => db.Complaints.CountAsync(OpenComplaint, Ct));
        Assert.Equal(open, total.GetProperty("red").GetInt32() + total.GetProperty("amber").GetInt32() + total.GetProperty("green").GetInt32());
        foreach (var breakdown in new[] { "byProvince", "byAgency", "byOfficer" })
        {
            foreach (var rag in new[] { "red", "amber", "green" })
            {
                Assert.Equal(total.GetProperty(rag).GetInt32(), dashboard.GetProperty(breakdown).EnumerateArray().Sum(r => r.GetProperty(rag).GetInt32()));
            }
        }
    }

    [Fact]
    public async Task OpenComplaintTotals_EqualTheComplaintsCountedAfresh_AfterEveryKindOfChange()
    {
        var agency = await TestAgency.CreateAsync(app);
        var acknowledged = await FileAsync(app, agency.Id);
        var dismissed = await FileAsync(app, agency.Id);
        var unlicensed = await FileAsync(app, null);
        var moved = await FileAsync(app, agency.Id);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        await StepAsync(officer, acknowledged.Id, "steps", new { step = "Acknowledge" });
        await StepAsync(officer, dismissed.Id, "dismiss", new { reason = "Withdrawn by phone." });
        await DueAsync(moved, LongAgo);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        // One snapshot for the fresh count and the totals: the deadline sweeps may change complaints in between.
        await using (await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, Ct)) await AssertTotalsMatchAsync(db);

        await using var rollback = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, Ct);
        await db.Complaints.Where(c => c.Id == unlicensed.Id || c.Id == acknowledged.Id).ExecuteDeleteAsync(Ct);
        await db.Complaints.Where(c => c.Id == moved.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.ResolveBy, LongAgo.AddMonths(1)), Ct);
        await AssertTotalsMatchAsync(db);
    }

    /// <summary>Spelled out here rather than taken from the application, so that the counts it checks are made independently.</summary>
    private static readonly Expression<Func<Complaint, bool>> OpenComplaint = c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged
        || c.Status == ComplaintStatus.UnderInvestigation || c.Status == ComplaintStatus.Conciliation;

    private static async Task AssertTotalsMatchAsync(LicensingDbContext db)
    {
        var open = db.Complaints.Where(OpenComplaint)
            .Select(c => new { c.Complainant.ProvinceCode, c.AssignedOfficerName, c.AgencyId, Due = c.Status == ComplaintStatus.Received ? c.AcknowledgeBy : c.ResolveBy });
        var rows = await open.ToListAsync(Ct);
        var byOfficer = rows.GroupBy(c => $"{c.ProvinceCode} {c.AssignedOfficerName ?? ""} {CalendarMonth.Of(c.Due)}").Select(g => $"{g.Key} {g.Count()}");
        var byAgency = rows.GroupBy(c => $"{c.AgencyId ?? Guid.Empty} {CalendarMonth.Of(c.Due)}").Select(g => $"{g.Key} {g.Count()}");

        var officerTotals = await db.OpenComplaintCounts.AsNoTracking().Where(t => t.Complaints != 0).ToListAsync(Ct);
        var agencyTotals = await db.AgencyOpenComplaintCounts.AsNoTracking().Where(t => t.Complaints != 0).ToListAsync(Ct);
        Assert.Equal(byOfficer.Order(), officerTotals.Select(t => $"{t.ProvinceCode} {t.OfficerName} {t.DueMonth} {t.Complaints}").Order());
        Assert.Equal(byAgency.Order(), agencyTotals.Select(t => $"{t.AgencyId} {t.DueMonth} {t.Complaints}").Order());
    }

    private Task ReceivedLongAgoAsync(FiledComplaint complaint, double? decidedDaysLater) => app.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint.Id)
        .ExecuteUpdateAsync(c => c.SetProperty(x => x.ReceivedAt, LongAgo).SetProperty(x => x.DecidedAt, decidedDaysLater is { } days ? LongAgo.AddDays(days) : null), Ct));

    /// <summary>Moves the deadline the complaint is in its status to answer by: acknowledgement while received, resolution after.</summary>
    private Task DueAsync(FiledComplaint complaint, DateTimeOffset due) => app.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint.Id)
        .ExecuteUpdateAsync(c => c.SetProperty(x => x.AcknowledgeBy, x => x.Status == ComplaintStatus.Received ? due : x.AcknowledgeBy)
            .SetProperty(x => x.ResolveBy, x => x.Status == ComplaintStatus.Received ? x.ResolveBy : due), Ct));
}

public sealed class ComplaintStatisticsTestsOnSqlite(SqliteApp app) : ComplaintStatisticsTests<SqliteApp>(app);

public sealed class ComplaintStatisticsTestsOnPostgres(PostgresApp app) : ComplaintStatisticsTests<PostgresApp>(app);
