using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Workers;

public abstract class WorkerJourneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R15")]
    [Trait("Rule", "R17")]
    [Trait("Rule", "R20")]
    [Trait("Rule", "R21")]
    [Trait("Rule", "R28")]
    [Trait("Rule", "R30")]
    public async Task JobOrder_Approval_Worker_Medical_Pdot_Contract_Deploy_OnSite_Repatriation_Return()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var before = await StatisticsAsync(officer, "JP");

        var jobOrder = await CreateJobOrderAsync(staff, "JP", "manufacturing");
        var queue = await officer.GetFromJsonAsync<JsonElement>("/api/v1/job-orders?status=Pending&pageSize=200", Ct);
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == jobOrder);
        var worker = await RegisterAsync(staff, jobOrder);

        var missing = await MissingCodesAsync(await RequestClearanceAsync(staff, worker));
        Assert.Equal(["legal_work_not_verified", "medical_missing", "pdot_missing", "contract_missing", "contract_not_uploaded", "travel_documents_missing"], missing);

        await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsJsonAsync($"/api/v1/job-orders/{jobOrder}/approve", new { note = "Employer and permit checked." }, Ct));
        await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);
        var fee = await staff.PostAsJsonAsync($"/api/v1/workers/{worker}/fees", new { description = "Service fee", amountUsd = 350m, paidOn = Today.AddDays(-3), receiptNumber = "R-0001" }, Ct);
        Assert.False((await fee.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("aboveLimit").GetBoolean());

        var ready = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{worker}", Ct);
        Assert.Empty(ready.GetProperty("deployments")[0].GetProperty("missingBeforeDeparture").EnumerateArray());
        await ExpectAsync(HttpStatusCode.NoContent, ClearAndDeployAsync(staff, worker));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/arrival", new { arrivedOn = LocalToday }, Ct));
        await ExpectAsync(HttpStatusCode.Created, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/on-site-services",
            new { contactedOn = LocalToday, channel = "Phone", notes = "Settled in the dormitory.", problem = "Overtime not paid", resolution = "Employer paid it after the agency called." }, Ct));
        var opened = await staff.PostAsJsonAsync($"/api/v1/workers/{worker}/repatriations", new { reason = "Illness", requestedBy = "Family", paidBy = "Employer", notes = "Hospital report attached." }, Ct);
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await ExpectAsync(HttpStatusCode.NoContent, staff.PutAsJsonAsync($"/api/v1/workers/{worker}/repatriations/{caseId}", new { status = "InProgress", notes = "Flight booked." }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/workers/{worker}/return", new { outcome = "Repatriated", returnedOn = LocalToday, provinceCode = "KH-2" }, Ct));

        var record = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{worker}", Ct);
        var deployment = record.GetProperty("deployments")[0];
        Assert.Equal(("Returned", "Completed"), (deployment.GetProperty("status").GetString(), deployment.GetProperty("repatriations")[0].GetProperty("status").GetString()));
        Assert.Equal(350m, deployment.GetProperty("fees").GetProperty("totalUsd").GetDecimal());
        var timeline = record.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(
            new[] { "Registered", "AssignedToJobOrder", "MedicalCheck", "Orientation", "ContractSigned", "FeeCharged", "ClearanceIssued", "Departed", "Arrived", "OnSiteContact", "RepatriationOpened", "Returned" }.Order(),
            timeline.Select(e => e.GetProperty("event").GetString()).Order());
        var dates = timeline.Select(e => e.GetProperty("on").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.False(record.GetProperty("identityMasked").GetBoolean());

        var after = await StatisticsAsync(officer, "JP");
        Assert.Equal((before.Deployments + 1, before.Returns + 1, before.Repatriations + 1), (after.Deployments, after.Returns, after.Repatriations));
        var csv = await officer.GetStringAsync("/api/v1/worker-statistics/export.csv?groupBy=Sex&country=JP", Ct);
        Assert.StartsWith("sex,label,deployments,returns,repatriations", csv.TrimStart('\uFEFF'));
        Assert.Contains($",Total,{after.Deployments},{after.Returns},{after.Repatriations}", csv);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/api/v1/worker-statistics?from=2026-13", Ct)).StatusCode);
        var viewed = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Viewed" && a.EntityType == "Worker" && a.EntityId == worker.ToString(), Ct));
        Assert.Equal(2, viewed);

        var again = await staff.PostAsJsonAsync($"/api/v1/workers/{worker}/deployments", new { jobOrderId = jobOrder }, Ct);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    [Trait("Rule", "R26")]
    public async Task DomesticWorkInMalaysia_BlocksDeployment()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var order = await CreateApprovedJobOrderAsync(staff, officer, "MY", "manufacturing");
        var worker = await RegisterAsync(staff, order);
        // A deployment for domestic work recorded before the restriction: job orders for it are now refused (R26); the gate refuses it too.
        await app.WithDbAsync(db => db.Deployments.Where(d => d.JobOrderId == order).ExecuteUpdateAsync(u => u.SetProperty(d => d.SectorCode, "domestic-work"), Ct));
        await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);

        Assert.Equal(["deployment_restricted"], await MissingCodesAsync(await RequestClearanceAsync(staff, worker)));
    }

    [Fact]
    [Trait("Rule", "R5")]
    public async Task SuspendedAgency_CannotDeploy_AndIsToldWhyInKhmer()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password, language: "km");
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var worker = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer));
        await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/licences/{agency.LicenceId}/suspend", new { reason = "Passports withheld", until = Today.AddMonths(3) }, Ct));

        var response = await RequestClearanceAsync(staff, worker);

        Assert.Equal(["licence_not_active"], await MissingCodesAsync(response));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Contains("អាជ្ញាប័ណ្ណ", problem.GetProperty("detail").GetString());
    }

    [Fact]
    [Trait("Rule", "R28")]
    public async Task UnderAgeWorker_CannotDeploy_AndFeesAboveTheLimitAreFlagged()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var worker = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer), dateOfBirth: LocalToday.AddYears(-18).AddDays(1));
        await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);
        Assert.Equal(["under_minimum_age"], await MissingCodesAsync(await RequestClearanceAsync(staff, worker)));

        var setting = await admin.GetFromJsonAsync<JsonElement>("/api/v1/settings", Ct);
        var version = setting.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "worker.maximum-recruitment-fee-usd").GetProperty("version").GetGuid();
        await ExpectAsync(HttpStatusCode.OK, admin.PutAsJsonAsync("/api/v1/settings/worker.maximum-recruitment-fee-usd", new { value = "700", version }, Ct));
        var fee = await staff.PostAsJsonAsync($"/api/v1/workers/{worker}/fees", new { description = "Recruitment fee", amountUsd = 900m, paidOn = Today, receiptNumber = "R-9" }, Ct);
        Assert.True((await fee.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("aboveLimit").GetBoolean());
    }

    private static async Task<(int Deployments, int Returns, int Repatriations)> StatisticsAsync(HttpClient client, string country)
    {
        var result = await client.GetFromJsonAsync<JsonElement>($"/api/v1/worker-statistics?groupBy=Country&country={country}", Ct);
        var total = result.GetProperty("total");
        return (total.GetProperty("deployments").GetInt32(), total.GetProperty("returns").GetInt32(), total.GetProperty("repatriations").GetInt32());
    }
}

public sealed class WorkerJourneyTestsOnSqlite(SqliteApp app) : WorkerJourneyTests<SqliteApp>(app);

public sealed class WorkerJourneyTestsOnPostgres(PostgresApp app) : WorkerJourneyTests<PostgresApp>(app);
