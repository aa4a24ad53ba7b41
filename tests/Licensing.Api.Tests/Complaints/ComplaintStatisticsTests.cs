using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
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
        foreach (var breakdown in new[] { "byProvince", "byAgency", "byOfficer" })
        {
            foreach (var rag in new[] { "red", "amber", "green" })
            {
                Assert.Equal(total.GetProperty(rag).GetInt32(), dashboard.GetProperty(breakdown).EnumerateArray().Sum(r => r.GetProperty(rag).GetInt32()));
            }
        }
    }

    private static string[] Counts(JsonElement rows) =>
        rows.EnumerateArray().Select(r => $"{r.GetProperty("key").GetString()} {r.GetProperty("complaints").GetInt32()}").ToArray();

    private Task ReceivedLongAgoAsync(FiledComplaint complaint, double? decidedDaysLater) => app.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint.Id)
        .ExecuteUpdateAsync(c => c.SetProperty(x => x.ReceivedAt, LongAgo).SetProperty(x => x.DecidedAt, decidedDaysLater is { } days ? LongAgo.AddDays(days) : null), Ct));

    /// <summary>Moves the deadline the complaint is in its status to answer by: acknowledgement while received, resolution after.</summary>
    private Task DueAsync(FiledComplaint complaint, DateTimeOffset due) => app.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint.Id)
        .ExecuteUpdateAsync(c => c.SetProperty(x => x.AcknowledgeBy, x => x.Status == ComplaintStatus.Received ? due : x.AcknowledgeBy)
            .SetProperty(x => x.ResolveBy, x => x.Status == ComplaintStatus.Received ? x.ResolveBy : due), Ct));
}

public sealed class ComplaintStatisticsTestsOnSqlite(SqliteApp app) : ComplaintStatisticsTests<SqliteApp>(app);

public sealed class ComplaintStatisticsTestsOnPostgres(PostgresApp app) : ComplaintStatisticsTests<PostgresApp>(app);
