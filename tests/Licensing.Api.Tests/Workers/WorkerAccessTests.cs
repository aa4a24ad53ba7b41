using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Workers;

public abstract class WorkerAccessTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : LicensingApp
{
    private LicensedAgency _agency = null!;
    private Guid _toThailand;
    private Guid _toJapan;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One agency with two deployed workers: to Thailand from Battambang (KH-2), to Japan from Siem Reap (KH-17).</summary>
    public async ValueTask InitializeAsync()
    {
        _agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(_agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        _toThailand = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "TH"), provinceCode: "KH-2");
        _toJapan = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, "JP", "manufacturing"), provinceCode: "KH-17");
        foreach (var worker in new[] { _toThailand, _toJapan })
        {
            await CompletePreDepartureAsync(staff, worker, _agency.TrainingCentreId);
            await ExpectAsync(HttpStatusCode.OK, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/fees", new { description = "Service fee", amountUsd = 200m, paidOn = Today, receiptNumber = "R-1" }, Ct));
            await ExpectAsync(HttpStatusCode.NoContent, ClearAndDeployAsync(staff, worker));
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task StaffOfAnotherAgency_GetNotFoundForEverything()
    {
        var other = await TestAgency.CreateAsync(app);
        using var staffB = await app.ClientForAsync(other.StaffEmail, Users.Password);
        var deployment = await DeploymentIdAsync(_toThailand);

        Assert.Equal(HttpStatusCode.NotFound, (await staffB.GetAsync($"/api/v1/workers/{_toThailand}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffB.GetAsync($"/api/v1/workers/{_toThailand}/deployments/{deployment}/contract", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffB.PostAsJsonAsync($"/api/v1/workers/{_toThailand}/on-site-services", new { contactedOn = Today, channel = "Phone", notes = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staffB.PostAsJsonAsync($"/api/v1/workers/{_toThailand}/return", new { outcome = "CompletedContract", returnedOn = Today, provinceCode = "KH-2" }, Ct)).StatusCode);
        Assert.Equal(0, (await staffB.GetFromJsonAsync<JsonElement>("/api/v1/workers", Ct)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await staffB.GetFromJsonAsync<JsonElement>("/api/v1/job-orders", Ct)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await staffB.GetFromJsonAsync<JsonElement>("/api/v1/worker-statistics", Ct)).GetProperty("total").GetProperty("deployments").GetInt32());
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task EmbassyOfficerOfThailand_SeesOnlyWorkersInThailand_MaskedWithoutFeesOrDocuments()
    {
        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await embassy.GetAsync($"/api/v1/workers/{_toJapan}", Ct)).StatusCode);
        var record = await embassy.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{_toThailand}", Ct);
        Assert.True(record.GetProperty("identityMasked").GetBoolean());
        Assert.StartsWith("••••", record.GetProperty("nationalId").GetString());
        Assert.StartsWith("••••", record.GetProperty("passportNumber").GetString());
        var deployment = Assert.Single(record.GetProperty("deployments").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, deployment.GetProperty("fees").ValueKind);
        Assert.Equal(JsonValueKind.Null, deployment.GetProperty("signedContract").ValueKind);
        Assert.DoesNotContain(record.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("event").GetString() == "FeeCharged");
        Assert.Equal(HttpStatusCode.NotFound, (await embassy.GetAsync($"/api/v1/workers/{_toThailand}/deployments/{deployment.GetProperty("id").GetGuid()}/contract", Ct)).StatusCode);

        var listed = await embassy.GetFromJsonAsync<JsonElement>("/api/v1/workers?pageSize=200", Ct);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), w => w.GetProperty("id").GetGuid() == _toThailand);
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), w => w.GetProperty("id").GetGuid() == _toJapan);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Viewed" && a.EntityId == _toThailand.ToString() && a.UserName == DemoLogins.EmbassyOfficer, Ct));
        Assert.Contains("masked", audit.Changes);
    }

    [Fact]
    public async Task ProvincialOfficer_SeesWorkersFromTheirProvinceOnly_Masked()
    {
        using var battambang = await app.ClientForAsync(DemoLogins.ProvincialOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await battambang.GetAsync($"/api/v1/workers/{_toJapan}", Ct)).StatusCode);
        var record = await battambang.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{_toThailand}", Ct);
        Assert.True(record.GetProperty("identityMasked").GetBoolean());
        Assert.Equal(200m, record.GetProperty("deployments")[0].GetProperty("fees").GetProperty("totalUsd").GetDecimal());
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task MinistryAndInterior_SeeEveryWorkerInFull_PanelMembersNone()
    {
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        using var interior = await app.ClientForAsync(DemoLogins.InteriorOfficer);
        using var panel = await app.ClientForAsync(DemoLogins.PanelMember);

        foreach (var client in new[] { inspector, interior })
        {
            var record = await client.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{_toJapan}", Ct);
            Assert.False(record.GetProperty("identityMasked").GetBoolean());
            Assert.DoesNotContain("•", record.GetProperty("nationalId").GetString());
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/api/v1/workers/{_toJapan}", Ct)).StatusCode);
    }

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "R17")]
    public async Task OfficersCannotRecordAgencySteps_AndAgenciesCannotApproveJobOrders()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var staff = await app.ClientForAsync(_agency.StaffEmail, Users.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/v1/workers/{_toJapan}/arrival", new { arrivedOn = Today }, Ct)).StatusCode);
        var order = await CreateJobOrderAsync(staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/job-orders/{order}/approve", new { }, Ct)).StatusCode);
    }

    private Task<Guid> DeploymentIdAsync(Guid workerId) =>
        app.WithDbAsync(db => db.Deployments.Where(d => d.WorkerId == workerId).Select(d => d.Id).SingleAsync(Ct));
}

public sealed class WorkerAccessTestsOnSqlite(SqliteApp app) : WorkerAccessTests<SqliteApp>(app);

public sealed class WorkerAccessTestsOnPostgres(PostgresApp app) : WorkerAccessTests<PostgresApp>(app);
