using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Security;

/// <summary>
/// For every kind of record, staff of agency A asking for agency B's by id get 404, never data;
/// so do embassy officers of another country and provincial officers of another province.
/// </summary>
public abstract class TenantIsolationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R1")]
    public async Task AnotherAgencysStaff_AnotherCountrysEmbassy_AndAnotherProvincesOfficer_GetNotFoundForEveryRecord()
    {
        var b = await AgencyBRecordsAsync();
        using var agencyA = await app.ClientForAsync(DemoLogins.AgencyStaff);
        foreach (var path in b.AgencyOnlyPaths.Concat(b.WorkerPaths))
        {
            var response = await agencyA.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }
        var writes = new[]
        {
            agencyA.PostAsJsonAsync($"/api/v1/disappearances/{b.CaseId}/updates", new { text = "probe" }, Ct),
            agencyA.PutAsJsonAsync($"/api/v1/workers/{b.WorkerId}/medical", new { examinedOn = "2026-11-01", clinic = "x", physicallyFit = true, mentallyFit = true }, Ct),
            agencyA.PostAsync($"/api/v1/inspections/{b.InspectionId}/corrective-actions/{Guid.NewGuid()}",
                new MultipartFormDataContent { { new StringContent("probe"), "note" }, { new ByteArrayContent(TestAgency.Pdf), "file", "evidence.pdf" } }, Ct),
        };
        foreach (var write in writes)
        {
            var response = await write;
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)response.StatusCode}");
        }

        using var korea = await app.ClientForAsync(await Users.CreateAsync(app, "EmbassyOfficer", new { countryCode = "KR" }), Users.Password);
        using var phnomPenh = await app.ClientForAsync(await Users.CreateAsync(app, "ProvincialOfficer", new { provinceCode = "KH-12" }), Users.Password);
        foreach (var (outsider, paths) in new[] { (korea, b.WorkerPaths), (phnomPenh, b.WorkerPaths.Where(p => !p.Contains("/disappearances/")).ToArray()) })
        {
            foreach (var path in paths)
            {
                var response = await outsider.GetAsync(path, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            }
        }

        using var staffB = await app.ClientForAsync(b.StaffEmail, Users.Password);
        foreach (var path in b.AgencyOnlyPaths.Concat(b.WorkerPaths))
        {
            Assert.True((await staffB.GetAsync(path, Ct)).IsSuccessStatusCode, $"agency B's own {path}");
        }
    }

    private sealed record AgencyB(string StaffEmail, Guid WorkerId, Guid CaseId, Guid InspectionId, string[] AgencyOnlyPaths, string[] WorkerPaths);

    private async Task<AgencyB> AgencyBRecordsAsync()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        var agency = worker.Agency;
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);

        var application = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/licence-applications", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var document = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/licence-applications/{application}", Ct)).GetProperty("documents")[0].GetProperty("id").GetGuid();
        var record = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{worker.Id}", Ct);
        var deployment = record.GetProperty("deployments")[0];
        var inspection = await officer.PostAsJsonAsync("/api/v1/inspections", new { agencyId = agency.Agency.Id, plannedFor = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), announced = true }, Ct);
        var inspectionId = (await inspection.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var reported = await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(), Ct);
        var caseId = (await reported.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        string[] agencyOnly =
        [
            $"/api/v1/agencies/{agency.Agency.Id}", $"/api/v1/agencies/{agency.Agency.Id}/branches", $"/api/v1/agencies/{agency.Agency.Id}/training-centres",
            $"/api/v1/licence-applications/{application}", $"/api/v1/licence-applications/{application}/documents/{document}",
            $"/api/v1/licences/{agency.LicenceId}", $"/api/v1/licences/{agency.LicenceId}/certificate",
            $"/api/v1/job-orders/{deployment.GetProperty("jobOrder").GetProperty("id").GetGuid()}",
            $"/api/v1/inspections/{inspectionId}", $"/api/v1/inspections/{inspectionId}/findings",
        ];
        string[] workerPaths =
        [
            $"/api/v1/workers/{worker.Id}", $"/api/v1/workers/{worker.Id}/deployments/{deployment.GetProperty("id").GetGuid()}/contract",
            $"/api/v1/disappearances/{caseId}",
        ];
        return new AgencyB(agency.StaffEmail, worker.Id, caseId, inspectionId, agencyOnly, workerPaths);
    }
}

public sealed class SqliteTenantIsolationTests(SqliteApp app) : TenantIsolationTests<SqliteApp>(app);

public sealed class PostgresTenantIsolationTests(PostgresApp app) : TenantIsolationTests<PostgresApp>(app);
