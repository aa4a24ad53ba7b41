using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Evaluations;

/// <summary>Prakas 251: each agency is evaluated once every two years (the evaluation-cycle setting, 24 months by default).</summary>
public abstract class EvaluationDueTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R11")]
    public async Task ALicensedAgency_FallsDueTwoYearsAfterItsLicence_AndNotBefore()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        Assert.Null(await DueOnAsync(officer, agency.Agency.Id));

        var issued = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-23);
        await app.WithDbAsync(db => db.Licences.Where(l => l.Id == agency.LicenceId).ExecuteUpdateAsync(s => s.SetProperty(l => l.IssuedOn, issued), Ct));
        Assert.Equal(issued.AddMonths(24), await DueOnAsync(officer, agency.Agency.Id));

        var evaluation = await EvaluationSteps.OpenDueEvaluationAsync(app, agency);
        var opened = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{evaluation}", Ct);
        Assert.Equal("AwaitingPanel", opened.GetProperty("status").GetString());
        Assert.Null(await DueOnAsync(officer, agency.Agency.Id));
    }

    private static async Task<DateOnly?> DueOnAsync(HttpClient officer, Guid agencyId)
    {
        var due = await officer.GetFromJsonAsync<JsonElement>("/api/v1/evaluations/due", Ct);
        var entry = due.EnumerateArray().Where(d => d.GetProperty("agencyId").GetGuid() == agencyId).ToList();
        return entry.Count == 0 ? null : DateOnly.Parse(Assert.Single(entry).GetProperty("dueOn").GetString()!);
    }
}

public sealed class EvaluationDueTestsOnSqlite(SqliteApp app) : EvaluationDueTests<SqliteApp>(app);

public sealed class EvaluationDueTestsOnPostgres(PostgresApp app) : EvaluationDueTests<PostgresApp>(app);
