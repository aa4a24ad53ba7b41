using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Restrictions;

/// <summary>
/// Observations 9b and 3 of issue 16: a domestic-work job order for Malaysia was approved as "legal work verified",
/// and private agencies' job orders for South Korea were accepted. Both are now refused when registered and when
/// approved, in the reader's language, citing the legal basis.
/// </summary>
public abstract class JobOrderLegalityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private const string LegalBasisEn = "Royal Government of Cambodia suspension of sending Cambodian domestic workers to Malaysia, October 2011";
    private const string LegalBasisKm = "ការផ្អាកការបញ្ជូនពលករខ្មែរទៅធ្វើការងារតាមផ្ទះនៅប្រទេសម៉ាឡេស៊ី ដោយរាជរដ្ឋាភិបាលកម្ពុជា ខែតុលា ឆ្នាំ២០១១";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R26")]
    public async Task R26_DomesticWorkForMalaysia_IsRefusedAtRegistration_WithTheLegalBasis_InEnglishAndKhmer()
    {
        var agency = (await LicensedAgency.CreateAsync(app)).Agency;
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password, "en");
        using var staffKm = await app.ClientForAsync(agency.StaffEmail, Users.Password, "km");

        var refused = await PostOrderAsync(staff, "MY", "domestic-work");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("deployment_restricted", problem.GetProperty("code").GetString());
        Assert.Contains("October 2011", problem.GetProperty("detail").GetString());
        Assert.Contains(LegalBasisEn, problem.GetProperty("detail").GetString());

        var khmer = await (await PostOrderAsync(staffKm, "MY", "domestic-work")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("ខែតុលា ឆ្នាំ២០១១", khmer.GetProperty("detail").GetString());
        Assert.Contains(LegalBasisKm, khmer.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Created, (await PostOrderAsync(staff, "MY", "manufacturing")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.JobOrders.CountAsync(o => o.AgencyId == agency.Id && o.Offer.SectorCode == "domestic-work", Ct)));
    }

    [Fact]
    [Trait("Rule", "R26")]
    public async Task R26_AnOrderRegisteredBeforeTheRestriction_IsRefusedAtApproval_AndTheAdministratorKeepsTheList()
    {
        var agency = (await LicensedAgency.CreateAsync(app)).Agency;
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer, language: "en");
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var malaysia = await SingleRestrictionAsync(admin, "MY", "domestic-work", inForce: true);
        Assert.Equal("2011-10-01", malaysia.GetProperty("since").GetString());
        Assert.Equal("October 2011", malaysia.GetProperty("sinceEn").GetString());
        Assert.Equal("ខែតុលា ឆ្នាំ២០១១", malaysia.GetProperty("sinceKm").GetString());

        // The administrator ends the restriction, the agency registers the order, the administrator restores the restriction.
        var today = Today();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/admin/restrictions/{malaysia.GetProperty("id").GetGuid()}/end", new { endedOn = today }, Ct)).StatusCode);
        var order = await CreatedIdAsync(await PostOrderAsync(staff, "MY", "domestic-work"));
        var restored = await admin.PostAsJsonAsync("/api/v1/admin/restrictions", new
        {
            countryCode = "MY", sectorCode = "domestic-work", since = new DateOnly(2011, 10, 1), sinceMonthOnly = true, legalBasisKm = LegalBasisKm, legalBasisEn = LegalBasisEn,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
        var twice = await admin.PostAsJsonAsync("/api/v1/admin/restrictions", new
        {
            countryCode = "MY", sectorCode = "domestic-work", since = today, sinceMonthOnly = false, legalBasisKm = LegalBasisKm, legalBasisEn = LegalBasisEn,
        }, Ct);
        Assert.Equal("restriction_exists", (await twice.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        var approval = await officer.PostAsJsonAsync($"/api/v1/job-orders/{order}/approve", new { note = "Legal work verified." }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, approval.StatusCode);
        var problem = await approval.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("deployment_restricted", problem.GetProperty("code").GetString());
        Assert.Contains(LegalBasisEn, problem.GetProperty("detail").GetString());
        var seen = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/job-orders/{order}", Ct);
        Assert.Equal("Pending", seen.GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Rule", "R33")]
    public async Task R33_APrivateAgencysJobOrderForSouthKorea_IsRefused_MtosbsIsRegisteredAndApproved()
    {
        var agency = (await LicensedAgency.CreateAsync(app)).Agency;
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password, "km");
        var refused = await PostOrderAsync(staff, "KR", "manufacturing");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("country_reserved_to_public_agencies", problem.GetProperty("code").GetString());
        Assert.Contains("កូរ៉េខាងត្បូង", problem.GetProperty("detail").GetString());

        var mtosb = await app.WithDbAsync(db => db.Agencies.SingleAsync(a => a.RegistrationNumber == DemoPublicAgency.RegistrationNumber, Ct));
        Assert.True(mtosb.IsPublicAgency);
        Assert.True(await app.WithDbAsync(db => db.Licences.AnyAsync(l => l.AgencyId == mtosb.Id && l.Status == Domain.Licences.LicenceStatus.Active, Ct)));
        using var mtosbStaff = await app.ClientForAsync(await Users.CreateAsync(app, "AgencyStaff", new { agencyId = mtosb.Id }), Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var order = await CreatedIdAsync(await PostOrderAsync(mtosbStaff, "KR", "manufacturing"));
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/v1/job-orders/{order}/approve", new { note = "EPS quota verified." }, Ct)).StatusCode);
    }

    [Fact]
    [Trait("Rule", "R33")]
    public async Task R33_AnOrderRegisteredBeforeTheCountryWasReserved_IsRefusedAtApproval_AndTheDemoDataHasNoPrivateKoreaOrders()
    {
        var agency = (await LicensedAgency.CreateAsync(app)).Agency;
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var korea = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/reference/countries", Ct)).EnumerateArray().Single(c => c.GetProperty("code").GetString() == "KR");
        Assert.True(korea.GetProperty("reservedToPublicAgencies").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/v1/admin/countries/KR/reservation", new { reserved = false }, Ct)).StatusCode);
        var order = await CreatedIdAsync(await PostOrderAsync(staff, "KR", "manufacturing"));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/v1/admin/countries/KR/reservation", new { reserved = true }, Ct)).StatusCode);
        var approval = await officer.PostAsJsonAsync($"/api/v1/job-orders/{order}/approve", new { note = "Verified." }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, approval.StatusCode);
        Assert.Equal("country_reserved_to_public_agencies", (await approval.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        // Marked public by the administrator, the same agency's order passes.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/admin/agencies/{agency.Id}/public-agency", new { isPublic = true }, Ct)).StatusCode);
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/public-agencies", Ct)).EnumerateArray(), a => a.GetProperty("id").GetGuid() == agency.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/v1/job-orders/{order}/approve", new { note = "Verified." }, Ct)).StatusCode);

        var privateKoreaOrders = await app.WithDbAsync(db => db.JobOrders.Where(o => o.Offer.CountryCode == "KR" && o.AgencyId != agency.Id)
            .Join(db.Agencies, o => o.AgencyId, a => a.Id, (o, a) => a.IsPublicAgency).CountAsync(isPublic => !isPublic, Ct));
        Assert.Equal(0, privateKoreaOrders);
    }

    private static DateOnly Today() => Domain.Calendar.PhnomPenh.DateOf(DateTimeOffset.UtcNow);

    private static Task<HttpResponseMessage> PostOrderAsync(HttpClient staff, string country, string sector) =>
        staff.PostAsJsonAsync("/api/v1/job-orders", new
        {
            countryCode = country, employerName = "Fictitious Employer Sdn. Bhd.", employerAddress = "1 Jalan Industri", sectorCode = sector,
            occupation = "Helper", workersRequested = 2, monthlyWage = 400m, currency = "USD", contractMonths = 24,
        }, Ct);

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> SingleRestrictionAsync(HttpClient admin, string country, string sector, bool inForce) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/restrictions", Ct)).EnumerateArray()
            .Single(r => r.GetProperty("countryCode").GetString() == country && r.GetProperty("sectorCode").GetString() == sector
                && (r.GetProperty("endedOn").ValueKind == JsonValueKind.Null) == inForce);
}

public sealed class JobOrderLegalityTestsOnSqlite(SqliteApp app) : JobOrderLegalityTests<SqliteApp>(app);

public sealed class JobOrderLegalityTestsOnPostgres(PostgresApp app) : JobOrderLegalityTests<PostgresApp>(app);
