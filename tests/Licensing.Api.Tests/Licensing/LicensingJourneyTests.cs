using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Licensing;

public abstract class LicensingJourneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Apply_RequestInformation_Answer_Approve_Verify_Suspend()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);

        var id = await agency.CompleteDraftAsync(staff);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/licence-applications/{id}/approve", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/licence-applications/{id}/submit", new { message = "Ready" }, Ct)).StatusCode);

        var queue = await officer.GetFromJsonAsync<JsonElement>("/api/v1/licence-applications?status=Submitted&pageSize=200", Ct);
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/licence-applications/{id}/start-review", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/v1/licence-applications/{id}/request-information", new { message = "The statute is not signed." }, Ct)).StatusCode);

        var seen = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/licence-applications/{id}", Ct);
        Assert.Equal("InformationRequested", seen.GetProperty("status").GetString());
        Assert.Contains(seen.GetProperty("history").EnumerateArray(), e => e.GetProperty("message").GetString() == "The statute is not signed." && e.GetProperty("byName").GetString() == DemoLogins.LicensingOfficer);
        var inbox = await Eventually.ReturnsAsync(() => staff.GetFromJsonAsync<JsonElement>("/api/v1/inbox", Ct), p => p.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("body").GetString() == "The statute is not signed."));
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("body").GetString() == "The statute is not signed.");

        Assert.Equal(HttpStatusCode.Created, (await TestAgency.UploadAsync(staff, id, "statute", TestAgency.Pdf, "statute-signed.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/licence-applications/{id}/submit", new { message = "Signed statute attached." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/licence-applications/{id}/start-review", null, Ct)).StatusCode);
        var approved = await officer.PostAsJsonAsync($"/api/v1/licence-applications/{id}/approve", new { note = "Complete." }, Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var licence = await approved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var number = licence.GetProperty("licenceNumber").GetString()!;
        Assert.Matches(@"^PRA-\d{4}-\d{4}$", number);

        var licenceId = licence.GetProperty("licenceId").GetGuid();
        var certificate = await staff.GetAsync($"/api/v1/licences/{licenceId}/certificate", Ct);
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType?.MediaType);
        var pdf = await certificate.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Contains(number, Poppler.Text(pdf));

        using var anonymous = app.CreateClient();
        var verified = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences/{number}", Ct);
        Assert.Equal("Active", verified.GetProperty("status").GetString());
        Assert.Equal("Phnom Penh", verified.GetProperty("headOffice").GetProperty("provinceEn").GetString());
        Assert.False(verified.TryGetProperty("directors", out _));
        var found = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences?query={agency.RegistrationNumber}", Ct);
        Assert.Contains(found.GetProperty("items").EnumerateArray(), m => m.GetProperty("number").GetString() == number);

        var suspended = await officer.PostAsJsonAsync($"/api/v1/licences/{licenceId}/suspend", new { reason = "Passports withheld", until = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3) }, Ct);
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        verified = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences/{number}", Ct);
        Assert.Equal("Suspended", verified.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.GetAsync($"/api/v1/licences/{licenceId}/certificate", Ct)).StatusCode);

        var history = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/licences/{licenceId}", Ct);
        Assert.Equal("Passports withheld", history.GetProperty("history")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Submit_WithMissingDocuments_Is422AndNamesThem()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var created = await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await TestAgency.UploadAsync(staff, id, "incorporation", TestAgency.Pdf, "inc.pdf");

        var response = await staff.PostAsJsonAsync($"/api/v1/licence-applications/{id}/submit", new { }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("documents_missing", problem.GetProperty("code").GetString());
        Assert.Contains("financial-guarantee", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RenamedExecutable_Is422AndNothingIsStored()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var created = await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var filesBefore = StoredFiles();

        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];
        var response = await TestAgency.UploadAsync(staff, id, "statute", executable, "statute.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("document_type_refused", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        Assert.Equal(filesBefore, StoredFiles());
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/licence-applications/{id}", Ct);
        Assert.Equal(0, detail.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task UploadedDocument_IsStoredWithItsHashAndDownloadableByAgencyAndOfficerOnly()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var created = await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var upload = await TestAgency.UploadAsync(staff, id, "premises", TestAgency.Pdf, "../../etc/premises.pdf");
        var document = await upload.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(TestAgency.Pdf)), document.GetProperty("sha256").GetString());
        Assert.Equal("premises.pdf", document.GetProperty("fileName").GetString());
        var url = $"/api/v1/licence-applications/{id}/documents/{document.GetProperty("id").GetGuid()}";

        Assert.Equal(TestAgency.Pdf, await staff.GetByteArrayAsync(url, Ct));
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(url, Ct)).StatusCode);
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync(url, Ct)).StatusCode);
        var other = await TestAgency.CreateAsync(app);
        using var otherStaff = await app.ClientForAsync(other.StaffEmail, Users.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task OnlyOneOpenApplicationPerAgencyAndKind()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "Renewal" }, Ct)).StatusCode);
    }

    [Fact]
    [Trait("Rule", "R2")]
    public async Task DuplicateRegistrationNumber_Is409()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var response = await officer.PostAsJsonAsync("/api/v1/agencies", new
        {
            nameKm = "ក", nameEn = "Copy Co.", registrationNumber = agency.RegistrationNumber, taxNumber = "L1", headOfficeAddress = "x",
            headOfficeProvinceCode = "KH-12", phone = "023 000 001", email = "copy@agency.example", directors = "d",
        }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private string[] StoredFiles()
    {
        var root = Path.Combine(app.Database.Folder, "files");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order().ToArray() : [];
    }
}

public sealed class LicensingJourneyTestsOnSqlite(SqliteApp app) : LicensingJourneyTests<SqliteApp>(app);

public sealed class LicensingJourneyTestsOnPostgres(PostgresApp app) : LicensingJourneyTests<PostgresApp>(app);
