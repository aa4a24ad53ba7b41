using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Evaluations;
using Licensing.Domain.Calendar;
using Licensing.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Evaluations;

/// <summary>Observation 4 of issue 16: a second evaluation of an agency opened the same day its first was decided.</summary>
public abstract class EvaluationCycleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R34")]
    [Trait("Rule", "R11")]
    public async Task R34_ASecondEvaluationWithinTheCycle_IsRefusedWithItsDueDate_AndTheDueListAndTheJobAgree()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var first = await EvaluationSteps.OpenDueEvaluationAsync(app, agency);
        await app.WithDbAsync(db => db.Evaluations.Where(e => e.Id == first).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EvaluationStatus.Decided), Ct));
        var today = PhnomPenh.DateOf(DateTimeOffset.UtcNow);
        var due = today.AddMonths(24);

        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer, language: "en");
        using var officerKm = await app.ClientForAsync(DemoLogins.LicensingOfficer, language: "km");
        var refused = await officer.PostAsJsonAsync("/api/v1/evaluations", new { agencyId = agency.Agency.Id }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("evaluation_not_due", problem.GetProperty("code").GetString());
        Assert.Contains($"{due:yyyy-MM-dd}", problem.GetProperty("detail").GetString());
        var khmer = await (await officerKm.PostAsJsonAsync("/api/v1/evaluations", new { agencyId = agency.Agency.Id }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("ការវាយតម្លៃលើកក្រោយ", khmer.GetProperty("detail").GetString());
        Assert.Contains($"{due:yyyy-MM-dd}", khmer.GetProperty("detail").GetString());

        Assert.DoesNotContain(await DueAsync(officer), d => d.GetProperty("agencyId").GetGuid() == agency.Agency.Id);
        await RunJobAsync();
        Assert.Equal(1, await EvaluationsOfAsync(agency));

        // Once the cycle since the previous period's end has run, the list shows the agency due and the job opens it.
        await app.WithDbAsync(db => db.Evaluations.Where(e => e.Id == first).ExecuteUpdateAsync(s => s.SetProperty(e => e.PeriodTo, today.AddMonths(-24)), Ct));
        var listed = (await DueAsync(officer)).Single(d => d.GetProperty("agencyId").GetGuid() == agency.Agency.Id);
        Assert.Equal(today, DateOnly.Parse(listed.GetProperty("dueOn").GetString()!));
        Assert.True(listed.GetProperty("mayOpenNow").GetBoolean());
        await RunJobAsync();
        Assert.Equal(2, await EvaluationsOfAsync(agency));
        var second = await app.WithDbAsync(db => db.Evaluations.SingleAsync(e => e.AgencyId == agency.Agency.Id && e.Id != first, Ct));
        Assert.Equal((today.AddMonths(-24), today), (second.PeriodFrom, second.PeriodTo));
    }

    private static async Task<List<JsonElement>> DueAsync(HttpClient officer) =>
        (await officer.GetFromJsonAsync<JsonElement>("/api/v1/evaluations/due", Ct)).EnumerateArray().ToList();

    private Task<int> EvaluationsOfAsync(LicensedAgency agency) =>
        app.WithDbAsync(db => db.Evaluations.CountAsync(e => e.AgencyId == agency.Agency.Id, Ct));

    /// <summary>The daily job's handler, run to completion here rather than through the scheduler, so that "it opened nothing" can be asserted.</summary>
    private async Task RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OpenDueEvaluations.Handler>().HandleAsync(Ct);
    }
}

public sealed class EvaluationCycleTestsOnSqlite(SqliteApp app) : EvaluationCycleTests<SqliteApp>(app);

public sealed class EvaluationCycleTestsOnPostgres(PostgresApp app) : EvaluationCycleTests<PostgresApp>(app);
