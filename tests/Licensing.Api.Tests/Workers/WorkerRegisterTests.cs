using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Workers;

/// <summary>
/// The register's status and country are those of each worker's latest deployment, which the
/// database keeps on the worker's row (ADR-016): followed here through a whole journey and a second
/// one, after which the first country's embassy finds the worker by national ID only.
/// </summary>
public abstract class WorkerRegisterTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R30")]
    public async Task TheListFollowsEachWorkersLatestDeployment_AndItsFiltersFindExactlyThoseWorkers()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var nationalId = NewNationalId();
        var worker = await RegisterAsync(staff, jobOrderId: null, nationalId: nationalId);
        var bystander = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "MY", "manufacturing"));

        await AssertListedAsync(staff, worker, status: null, country: null);
        await AssertListedAsync(staff, bystander, "Preparing", "MY");

        await ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/deployments", new { jobOrderId = await CreateApprovedJobOrderAsync(staff, officer, "TH") }, Ct));
        await AssertListedAsync(staff, worker, "Preparing", "TH");

        await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);
        await ExpectAsync(HttpStatusCode.NoContent, ClearAndDeployAsync(staff, worker));
        await AssertListedAsync(staff, worker, "Deployed", "TH");

        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/return", new { outcome = "CompletedContract", returnedOn = LocalToday, provinceCode = "KH-2" }, Ct));
        await AssertListedAsync(staff, worker, "Returned", "TH");

        await ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/deployments", new { jobOrderId = await CreateApprovedJobOrderAsync(staff, officer, "JP", "manufacturing") }, Ct));
        await AssertListedAsync(staff, worker, "Preparing", "JP");
        Assert.Empty(await IdsAsync(staff, "?status=Returned"));
        Assert.Empty(await IdsAsync(staff, "?country=TH"));
        Assert.Equal([worker], await IdsAsync(staff, $"?search={nationalId[..4]} {nationalId[4..]}"));
        Assert.Equal([bystander, worker], await IdsAsync(staff, "?search=chanda"));

        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        Assert.DoesNotContain(worker, await IdsAsync(embassy, "?pageSize=200"));
        var found = (await embassy.GetFromJsonAsync<JsonElement>($"/api/v1/workers?search={nationalId}", Ct)).GetProperty("items").EnumerateArray().Single();
        Assert.Equal((worker, "Returned", "TH"), (found.GetProperty("id").GetGuid(), found.GetProperty("status").GetString(), found.GetProperty("countryCode").GetString()));
    }

    [Fact]
    public async Task ATotalIsExact_WhetherTheLastPageIsFullOrNot()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        for (var i = 0; i < 5; i++) await RegisterAsync(staff, jobOrderId: null);

        foreach (var (query, items) in new[] { ("?pageSize=2&page=3", 1), ("?pageSize=5", 5), ("?pageSize=2&page=1", 2), ("?pageSize=2&page=9", 0) })
        {
            var page = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers{query}", Ct);
            Assert.Equal(items, page.GetProperty("items").GetArrayLength());
            Assert.Equal(5, page.GetProperty("total").GetInt32());
            Assert.False(page.GetProperty("totalIsLowerBound").GetBoolean());
        }
    }

    private static async Task AssertListedAsync(HttpClient staff, Guid worker, string? status, string? country)
    {
        var item = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/workers?pageSize=200", Ct)).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == worker);
        Assert.Equal(status, item.GetProperty("status").GetString());
        Assert.Equal(country, item.GetProperty("countryCode").GetString());
        if (status is null) return;
        Assert.Contains(worker, await IdsAsync(staff, $"?status={status}&country={country}"));
        Assert.Contains(worker, await IdsAsync(staff, $"?status={status}"));
        Assert.Contains(worker, await IdsAsync(staff, $"?country={country}"));
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient staff, string query) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers{query}", Ct)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}

public sealed class WorkerRegisterTestsOnSqlite(SqliteApp app) : WorkerRegisterTests<SqliteApp>(app);

public sealed class WorkerRegisterTestsOnPostgres(PostgresApp app) : WorkerRegisterTests<PostgresApp>(app);
