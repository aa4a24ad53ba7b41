using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Disappearances;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Calendar;

/// <summary>
/// R35: disappearance statistics take a Phnom Penh year and month. A case reported at 18:00 UTC on 31 December 2026 was
/// reported at 01:00 on 1 January 2027 in Phnom Penh: it belongs to 2027, and its alerts to January 2027.
/// </summary>
[Trait("Rule", "R35")]
public abstract class DisappearanceYearTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACaseReportedOnNewYearsEveAt1800Utc_CountsInTheNextYearAndItsJanuary()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        using var ministry = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var reported = await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(), Ct);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var id = (await reported.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var (before2026, before2027) = (await CasesAsync(ministry, 2026), await CasesAsync(ministry, 2027));

        var newYearsEve = new DateTimeOffset(2026, 12, 31, 18, 0, 0, TimeSpan.Zero);
        await app.WithDbAsync(db => db.DisappearanceCases.Where(c => c.Id == id).ExecuteUpdateAsync(c => c.SetProperty(x => x.ReportedAt, newYearsEve), Ct));
        await app.WithDbAsync(db => db.Set<CaseRecipient>().Where(r => r.CaseId == id).ExecuteUpdateAsync(r => r.SetProperty(x => x.NotifiedAt, newYearsEve), Ct));

        Assert.Equal(before2026 - 1, await CasesAsync(ministry, 2026));
        Assert.Equal(before2027 + 1, await CasesAsync(ministry, 2027));
        var rows = (await ministry.GetFromJsonAsync<JsonElement>("/api/v1/disappearances/statistics?year=2027", Ct)).GetProperty("timeToAcknowledge").EnumerateArray();
        Assert.Contains(rows, r => r.GetProperty("bodyKey").GetString() == "embassy:TH" && r.GetProperty("month").GetString() == "2027-01");
        Assert.DoesNotContain(rows, r => r.GetProperty("month").GetString() == "2026-12");
    }

    private static async Task<int> CasesAsync(HttpClient client, int year) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/disappearances/statistics?year={year}", Ct)).GetProperty("cases").GetInt32();
}

public sealed class DisappearanceYearTestsOnSqlite(SqliteApp app) : DisappearanceYearTests<SqliteApp>(app);

public sealed class DisappearanceYearTestsOnPostgres(PostgresApp app) : DisappearanceYearTests<PostgresApp>(app);
