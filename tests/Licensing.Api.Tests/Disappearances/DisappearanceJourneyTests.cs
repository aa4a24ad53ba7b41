using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Disappearances;

public abstract class DisappearanceJourneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R22")]
    [Trait("Rule", "R23")]
    public async Task AgencyReports_EmbassyAlertedLive_EachBodyAcknowledges_PartiesUpdate_EmbassyResolves_WorkerSafe()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        await using var embassyStream = await AlertListener.ConnectAsync(await app.ClientForAsync(DemoLogins.EmbassyOfficer));
        using var ministry = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var before = await CaseCountsAsync(ministry);

        var reported = await ReportAsync(staff, worker.Report(), "report-1");
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var report = await reported.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = report.GetProperty("id").GetGuid();
        var number = report.GetProperty("number").GetString();

        var alert = await embassyStream.NextAsync(e => e.GetProperty("caseId").GetGuid() == id);
        Assert.Equal("Reported", alert.Data.GetProperty("kind").GetString());
        Assert.Equal("embassy:TH", alert.Data.GetProperty("bodyKey").GetString());
        Assert.Contains(number!, alert.Data.GetProperty("titleEn").GetString());

        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        using var interior = await app.ClientForAsync(DemoLogins.InteriorOfficer);
        var opened = await embassy.GetFromJsonAsync<JsonElement>($"/api/v1/disappearances/{id}", Ct);
        Assert.False(opened.GetProperty("isLate").GetBoolean());
        Assert.Equal(["embassy:TH", "interior", "ministry"], opened.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("bodyKey").GetString()));
        Assert.True(opened.GetProperty("can").GetProperty("acknowledge").GetBoolean());
        Assert.Equal(worker.PassportNumber, opened.GetProperty("worker").GetProperty("passportNumber").GetString());

        var first = await (await embassy.PostAsync($"/api/v1/disappearances/{id}/acknowledgements", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(first.GetProperty("thisRequest").GetBoolean());
        var again = await (await embassy.PostAsync($"/api/v1/disappearances/{id}/acknowledgements", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(again.GetProperty("thisRequest").GetBoolean());
        Assert.Equal(first.GetProperty("acknowledgedAt").GetDateTimeOffset(), again.GetProperty("acknowledgedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.OK, (await interior.PostAsync($"/api/v1/disappearances/{id}/acknowledgements", null, Ct)).StatusCode);
        await embassyStream.NextAsync(e => e.GetProperty("caseId").GetGuid() == id && e.GetProperty("kind").GetString() == "Acknowledged");

        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/disappearances/{id}/updates", new { text = "Employer searched the dormitory; nothing found." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await embassy.PostAsJsonAsync($"/api/v1/disappearances/{id}/updates", new { text = "Thai police informed." }, Ct)).StatusCode);
        var tooEarly = await embassy.PostAsJsonAsync($"/api/v1/disappearances/{id}/resolution", new { resolution = "StillMissingReferred", note = "Not found." }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await embassy.PostAsJsonAsync($"/api/v1/disappearances/{id}/resolution", new { resolution = "LocatedSafe", note = "Found at a friend's home in Bangkok." }, Ct)).StatusCode);

        var closed = await Eventually.ReturnsAsync(() => ministry.GetFromJsonAsync<JsonElement>($"/api/v1/disappearances/{id}", Ct),
            c => c.GetProperty("recipients").EnumerateArray().All(r => r.GetProperty("deliveries").EnumerateArray().All(d => d.GetProperty("state").GetString() == "Delivered")));
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(2, closed.GetProperty("updates").GetArrayLength());
        var embassyRecipient = closed.GetProperty("recipients")[0];
        Assert.Equal("Delivered", embassyRecipient.GetProperty("deliveries").EnumerateArray().Single(d => d.GetProperty("channel").GetString() == "live").GetProperty("state").GetString());
        Assert.Equal(["email", "inbox", "live"], embassyRecipient.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("channel").GetString()).Order());
        Assert.NotEqual(JsonValueKind.Null, embassyRecipient.GetProperty("minutesToAcknowledge").ValueKind);
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("recipients")[2].GetProperty("acknowledgedAt").ValueKind);

        var welfare = await app.WithDbAsync(db => db.Deployments.Where(d => d.WorkerId == worker.Id).Select(d => d.Welfare).SingleAsync(Ct));
        Assert.Equal(Domain.Workers.Welfare.Safe, welfare);
        var stats = await ministry.GetFromJsonAsync<JsonElement>("/api/v1/disappearances/statistics", Ct);
        Assert.Contains(stats.GetProperty("timeToAcknowledge").EnumerateArray(), r => r.GetProperty("bodyKey").GetString() == "embassy:TH" && r.GetProperty("acknowledged").GetInt32() >= 1);
        Assert.Equal(before with { Cases = before.Cases + 1, LocatedSafe = before.LocatedSafe + 1 }, await CaseCountsAsync(ministry));
    }

    [Fact]
    public async Task RetriedReport_WithTheSameIdempotencyKey_CreatesOneCase_AndASecondOpenCaseIsRefused()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ReportAsync(staff, worker.Report(), "same-key")));
        var ids = new List<Guid>();
        foreach (var response in responses) ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
        Assert.Single(ids.Distinct());
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        var second = await ReportAsync(staff, worker.Report(), "another-key");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("case_already_open", (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        var cases = await app.WithDbAsync(db => db.DisappearanceCases.CountAsync(c => c.WorkerId == worker.Id, Ct));
        Assert.Equal(1, cases);
        var alerts = await app.WithDbAsync(db => db.Alerts.CountAsync(a => a.CaseId == ids[0], Ct));
        Assert.Equal(3, alerts);
    }

    [Fact]
    [Trait("Rule", "R22")]
    public async Task ReportFiledMoreThan24HoursAfterTheAgencyLearned_IsFlaggedLate()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var id = (await (await ReportAsync(staff, worker.Report(learnedHoursAgo: 30), null)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        var late = await inspector.GetFromJsonAsync<JsonElement>("/api/v1/disappearances?late=true&pageSize=100", Ct);
        Assert.Contains(late.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id && c.GetProperty("isLate").GetBoolean());
    }

    [Fact]
    public async Task OtherAgenciesAndOtherCountriesEmbassies_CannotSeeTheCase()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var id = (await (await ReportAsync(staff, worker.Report(), null)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        using var otherAgency = await app.ClientForAsync(DemoLogins.AgencyStaff);
        using var korea = await app.ClientForAsync(await Users.CreateAsync(app, "EmbassyOfficer", new { countryCode = "KR" }), Users.Password);
        foreach (var outsider in new[] { otherAgency, korea })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/disappearances/{id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/disappearances/{id}/updates", new { text = "probe" }, Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await korea.PostAsync($"/api/v1/disappearances/{id}/acknowledgements", null, Ct)).StatusCode);
        var list = await korea.GetFromJsonAsync<JsonElement>("/api/v1/disappearances?pageSize=100", Ct);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    private static async Task<HttpResponseMessage> ReportAsync(HttpClient client, object body, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/disappearances") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<CaseCounts> CaseCountsAsync(HttpClient client)
    {
        var stats = await client.GetFromJsonAsync<JsonElement>("/api/v1/disappearances/statistics", Ct);
        var safe = stats.GetProperty("byResolution").TryGetProperty("LocatedSafe", out var count) ? count.GetInt32() : 0;
        return new CaseCounts(stats.GetProperty("cases").GetInt32(), stats.GetProperty("open").GetInt32(), stats.GetProperty("late").GetInt32(), safe);
    }

    private sealed record CaseCounts(int Cases, int Open, int Late, int LocatedSafe);
}

public sealed class SqliteDisappearanceJourneyTests(SqliteApp app) : DisappearanceJourneyTests<SqliteApp>(app);

public sealed class PostgresDisappearanceJourneyTests(PostgresApp app) : DisappearanceJourneyTests<PostgresApp>(app);
