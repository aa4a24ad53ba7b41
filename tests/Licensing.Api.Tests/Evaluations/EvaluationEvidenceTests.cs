using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Evaluations;

/// <summary>The panel sees, beside the criteria, the agency's complaints and its late disappearance reports of the period.</summary>
public abstract class EvaluationEvidenceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Evidence_CountsTheAgencysComplaints_AndItsLateDisappearanceReports()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var reported = await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(learnedHoursAgo: 40), Ct);
        reported.EnsureSuccessStatusCode();
        await FiledComplaint.FileAsync(app, worker.Agency.Agency.Id);

        var evaluation = await EvaluationSteps.OpenDueEvaluationAsync(app, worker.Agency);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var evidence = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{evaluation}/evidence", Ct);

        string Fact(string section, string fact) => evidence.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("code").GetString() == section)
            .GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("code").GetString() == fact).GetProperty("value").GetString()!;
        Assert.Equal("1", Fact("complaints", "complaints"));
        Assert.Equal("100.0", Fact("complaints", "per-100-deployed"));
        Assert.Equal("1", Fact("disappearances", "cases"));
        Assert.Equal("1", Fact("disappearances", "late"));
        Assert.Equal("40", Fact("disappearances", "median-hours-to-report"));
    }
}

public sealed class SqliteEvaluationEvidenceTests(SqliteApp app) : EvaluationEvidenceTests<SqliteApp>(app);

public sealed class PostgresEvaluationEvidenceTests(PostgresApp app) : EvaluationEvidenceTests<PostgresApp>(app);
