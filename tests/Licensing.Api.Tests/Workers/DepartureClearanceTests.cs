using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Application.Workers;
using Licensing.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Workers;

/// <summary>
/// R32: the system, not the agency, decides a departure. Each test reproduces one observation of issue 16
/// (backdated and future departures, short passports, visas beyond the passport, departures without a clearance,
/// lapsed and voided clearances, public verification).
/// </summary>
[Trait("Rule", "R32")]
public abstract class DepartureClearanceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Ready(LicensedAgency Agency, HttpClient Staff, HttpClient Officer, Guid Worker) : IDisposable
    {
        public void Dispose()
        {
            Staff.Dispose();
            Officer.Dispose();
        }
    }

    private async Task<Ready> ReadyWorkerAsync(string country = "TH", string sector = "construction")
    {
        var agency = await LicensedAgency.CreateAsync(app);
        var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var worker = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer, country, sector));
        await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);
        return new Ready(agency, staff, officer, worker);
    }

    private static Task<HttpResponseMessage> TravelAsync(HttpClient staff, Guid worker, DateOnly passportExpiresOn, DateOnly visaExpiresOn) =>
        staff.PutAsJsonAsync($"/api/v1/workers/{worker}/travel-documents", new
        {
            passportNumber = "P" + NewNationalId()[..8], passportIssuedOn = LocalToday.AddYears(-9), passportExpiresOn,
            visaNumber = "V-" + NewNationalId()[..6], visaIssuedOn = LocalToday.AddDays(-15), visaExpiresOn,
        }, Ct);

    private static async Task<string> CodeAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()!;
    }

    private async Task<string> StatusInDatabaseAsync(string number) =>
        (await app.WithDbAsync(db => db.DepartureClearances.Where(c => c.Number == number).Select(c => c.Status).SingleAsync(Ct))).ToString();

    [Fact]
    public async Task DepartureWithoutAClearance_IsRefused_EvenForARestrictedWorkerWithABackdatedDate()
    {
        // Such a job order can no longer be registered or approved (R26): the deployment is moved to Malaysian domestic work in the
        // database, as a record made before the restriction was enforced would be.
        using var ready = await ReadyWorkerAsync();
        await app.WithDbAsync(db => db.Deployments.Where(d => d.WorkerId == ready.Worker)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.CountryCode, "MY").SetProperty(d => d.SectorCode, "domestic-work"), Ct));

        Assert.Equal(["deployment_restricted"], await MissingCodesAsync(await RequestClearanceAsync(ready.Staff, ready.Worker)));
        Assert.Equal("clearance_missing", await CodeAsync(await DeployAsync(ready.Staff, ready.Worker, new DateOnly(2011, 10, 1)), HttpStatusCode.Conflict));
        Assert.Equal("clearance_missing", await CodeAsync(await DeployAsync(ready.Staff, ready.Worker), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task BackdatedDeparture_BeforeTheClearance_IsRefused()
    {
        using var ready = await ReadyWorkerAsync();
        var number = await ClearAsync(ready.Staff, ready.Worker);

        Assert.Equal("departure_before_clearance", await CodeAsync(await DeployAsync(ready.Staff, ready.Worker, new DateOnly(2011, 10, 1)), HttpStatusCode.UnprocessableEntity));
        Assert.Equal("departure_before_clearance", await CodeAsync(await DeployAsync(ready.Staff, ready.Worker, LocalToday.AddDays(-1)), HttpStatusCode.UnprocessableEntity));
        Assert.Equal("Valid", await StatusInDatabaseAsync(number));
    }

    [Fact]
    public async Task FutureDeparture_IsRefused_InTheReadersLanguage()
    {
        using var ready = await ReadyWorkerAsync();
        await ClearAsync(ready.Staff, ready.Worker);
        using var khmer = await app.ClientForAsync(ready.Agency.StaffEmail, Users.Password, language: "km");

        var response = await DeployAsync(khmer, ready.Worker, LocalToday.AddDays(1));

        Assert.Equal("departure_in_future", await CodeAsync(response, HttpStatusCode.UnprocessableEntity));
        Assert.Contains("ថ្ងៃអនាគត", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Departure_LocalTodayAgainstTheClearance_IsRecorded_AndTheClearanceIsUsed()
    {
        using var ready = await ReadyWorkerAsync();
        var number = await ClearAsync(ready.Staff, ready.Worker);
        Assert.Matches(@"^DC-\d{4}-\d{6}$", number);
        Assert.Equal("clearance_already_valid", await CodeAsync(await RequestClearanceAsync(ready.Staff, ready.Worker), HttpStatusCode.Conflict));

        await ExpectAsync(HttpStatusCode.NoContent, DeployAsync(ready.Staff, ready.Worker));

        Assert.Equal("Used", await StatusInDatabaseAsync(number));
        var record = await ready.Staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{ready.Worker}", Ct);
        var deployment = record.GetProperty("deployments")[0];
        Assert.Equal(("Deployed", number, "Used"), (deployment.GetProperty("status").GetString(),
            deployment.GetProperty("clearances")[0].GetProperty("number").GetString(), deployment.GetProperty("clearances")[0].GetProperty("status").GetString()));
    }

    [Fact]
    public async Task PassportExpiringIn16Days_IsRefused()
    {
        using var ready = await ReadyWorkerAsync();
        await ExpectAsync(HttpStatusCode.NoContent, TravelAsync(ready.Staff, ready.Worker, passportExpiresOn: LocalToday.AddDays(16), visaExpiresOn: LocalToday.AddDays(10)));

        var response = await RequestClearanceAsync(ready.Staff, ready.Worker);

        Assert.Equal(["passport_validity_short"], await MissingCodesAsync(response));
    }

    [Fact]
    public async Task VisaValidAfterThePassportExpires_IsRefused()
    {
        using var ready = await ReadyWorkerAsync();
        await ExpectAsync(HttpStatusCode.NoContent, TravelAsync(ready.Staff, ready.Worker, passportExpiresOn: LocalToday.AddYears(2), visaExpiresOn: LocalToday.AddYears(3)));

        Assert.Equal(["visa_beyond_passport"], await MissingCodesAsync(await RequestClearanceAsync(ready.Staff, ready.Worker)));
    }

    [Fact]
    [Trait("Rule", "R18")]
    public async Task PhysicalAndMentalHealth_AreBothRequired()
    {
        using var ready = await ReadyWorkerAsync();
        var onlyOne = await ready.Staff.PutAsJsonAsync($"/api/v1/workers/{ready.Worker}/medical", new { examinedOn = LocalToday.AddDays(-3), clinic = "Fictitious Clinic", physicallyFit = true }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, onlyOne.StatusCode);
        Assert.Contains("mentallyFit", await onlyOne.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);

        await ExpectAsync(HttpStatusCode.NoContent, ready.Staff.PutAsJsonAsync($"/api/v1/workers/{ready.Worker}/medical",
            new { examinedOn = LocalToday.AddDays(-3), clinic = "Fictitious Clinic", physicallyFit = true, mentallyFit = false }, Ct));

        Assert.Equal(["medical_mentally_unfit"], await MissingCodesAsync(await RequestClearanceAsync(ready.Staff, ready.Worker)));
    }

    [Fact]
    [Trait("Rule", "R19")]
    public async Task ContractDatedAfterTheDayOfTheClearance_IsRefused()
    {
        using var ready = await ReadyWorkerAsync();
        await ExpectAsync(HttpStatusCode.NoContent, ready.Staff.PutAsJsonAsync($"/api/v1/workers/{ready.Worker}/contract", new { signedOn = LocalToday.AddDays(3), clauses = AllClauses }, Ct));

        Assert.Equal(["contract_after_today"], await MissingCodesAsync(await RequestClearanceAsync(ready.Staff, ready.Worker)));
    }

    [Fact]
    public async Task ClearanceUnusedPastItsLastDay_Lapses_AndNoLongerAllowsTheDeparture()
    {
        using var ready = await ReadyWorkerAsync();
        var number = await ClearAsync(ready.Staff, ready.Worker);
        // Issued 40 days ago, valid 30: as if the agency had asked for it then.
        await app.WithDbAsync(db => db.DepartureClearances.Where(c => c.Number == number)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IssuedOn, LocalToday.AddDays(-40)).SetProperty(c => c.ValidUntil, LocalToday.AddDays(-11)), Ct));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<LapseClearances.Handler>().HandleAsync(Ct) >= 1);
        }

        Assert.Equal("Lapsed", await StatusInDatabaseAsync(number));
        Assert.Equal("clearance_lapsed", await CodeAsync(await DeployAsync(ready.Staff, ready.Worker), HttpStatusCode.Conflict));
        using var anonymous = app.CreateClient();
        Assert.Equal("Lapsed", (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/clearances/{number}", Ct)).GetProperty("status").GetString());
        var renewed = await ClearAsync(ready.Staff, ready.Worker);
        Assert.NotEqual(number, renewed);
        await ExpectAsync(HttpStatusCode.NoContent, DeployAsync(ready.Staff, ready.Worker));
    }

    [Fact]
    public async Task LapseSweep_LeavesClearancesStillWithinTheirValidity()
    {
        using var ready = await ReadyWorkerAsync();
        var number = await ClearAsync(ready.Staff, ready.Worker);
        await using var scope = app.Services.CreateAsyncScope();
        var validUntil = await app.WithDbAsync(db => db.DepartureClearances.Where(c => c.Number == number).Select(c => c.ValidUntil).SingleAsync(Ct));
        var onLastDay = new LapseClearances.Handler(scope.ServiceProvider.GetRequiredService<ILicensingDb>(),
            new BusinessCalendar(new FixedClock(PhnomPenh.StartOf(validUntil).AddHours(12))), scope.ServiceProvider.GetRequiredService<SweepOptions>());

        await onLastDay.HandleAsync(Ct);

        Assert.Equal("Valid", await StatusInDatabaseAsync(number));
    }

    [Fact]
    public async Task SuspendingTheLicence_VoidsOpenClearances()
    {
        using var ready = await ReadyWorkerAsync();
        var number = await ClearAsync(ready.Staff, ready.Worker);

        await ExpectAsync(HttpStatusCode.OK, ready.Officer.PostAsJsonAsync($"/api/v1/licences/{ready.Agency.LicenceId}/suspend", new { reason = "Passports withheld", until = LocalToday.AddMonths(3) }, Ct));

        Assert.Equal("Void", await StatusInDatabaseAsync(number));
        Assert.Equal("clearance_not_valid", await CodeAsync(await DeployAsync(ready.Staff, ready.Worker), HttpStatusCode.Conflict));
        Assert.Equal(["licence_not_active"], await MissingCodesAsync(await RequestClearanceAsync(ready.Staff, ready.Worker)));
        using var anonymous = app.CreateClient();
        Assert.Equal("Void", (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/clearances/{number}", Ct)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task RevokingTheLicence_VoidsOpenClearances()
    {
        using var ready = await ReadyWorkerAsync();
        var number = await ClearAsync(ready.Staff, ready.Worker);

        await ExpectAsync(HttpStatusCode.OK, ready.Officer.PostAsJsonAsync($"/api/v1/licences/{ready.Agency.LicenceId}/revoke", new { reason = "Trafficking conviction" }, Ct));

        Assert.Equal("Void", await StatusInDatabaseAsync(number));
    }

    [Fact]
    public async Task TheClearanceDocument_LabelsFromTheCatalogue_AndNamesTheCountry_NotItsCode()
    {
        using var ready = await ReadyWorkerAsync(country: "TH");
        await ClearAsync(ready.Staff, ready.Worker);
        var record = await ready.Staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{ready.Worker}", Ct);
        var clearance = record.GetProperty("deployments")[0].GetProperty("clearances")[0].GetProperty("id").GetGuid();
        var thailand = await app.WithDbAsync(db => db.Countries.Where(c => c.Code == "TH").Select(c => c.Name).SingleAsync(Ct));

        var pdf = await ready.Staff.GetByteArrayAsync($"/api/v1/workers/{ready.Worker}/clearances/{clearance}/document", Ct);

        var text = Poppler.Text(pdf);
        Assert.Contains(Catalogue.In("km", Keys.ClearanceCountry), text);
        Assert.Contains(thailand.Km, text);
        Assert.Contains(thailand.En, text);
        Assert.DoesNotMatch(@"\bTH\b", text);
    }

    [Fact]
    public async Task PublicVerification_ShowsOnlyMinimalData_AndEmbassiesSeeTheClearanceOnTheRecord()
    {
        using var ready = await ReadyWorkerAsync();
        var number = await ClearAsync(ready.Staff, ready.Worker);
        var record = await ready.Staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{ready.Worker}", Ct);
        var passport = record.GetProperty("passportNumber").GetString()!;
        using var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync($"/api/v1/public/clearances/{number.ToLowerInvariant()}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var clearance = JsonDocument.Parse(body).RootElement;
        Assert.Equal(
            ["agencyNameEn", "agencyNameKm", "countryCode", "countryEn", "countryKm", "issuedOn", "number", "status", "validUntil", "workerInitials"],
            clearance.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("Valid", "S. C.", "TH"), (clearance.GetProperty("status").GetString(), clearance.GetProperty("workerInitials").GetString(), clearance.GetProperty("countryCode").GetString()));
        Assert.DoesNotContain(passport, body);
        Assert.DoesNotContain("Chanda", body);
        Assert.DoesNotContain("ចន្ទា", body);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/public/clearances/DC-2000-000001", Ct)).StatusCode);

        var page = await anonymous.GetStringAsync($"/verify/clearances/{number}", Ct);
        Assert.Contains("S. C.", page);
        Assert.DoesNotContain("Chanda", page);
        Assert.DoesNotContain(passport, page);

        var pdf = await ready.Staff.GetAsync($"/api/v1/workers/{ready.Worker}/clearances/{record.GetProperty("deployments")[0].GetProperty("clearances")[0].GetProperty("id").GetGuid()}/document", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct))[..4]);

        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        var seen = await embassy.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{ready.Worker}", Ct);
        Assert.Equal(number, seen.GetProperty("deployments")[0].GetProperty("clearances")[0].GetProperty("number").GetString());
    }

    [Fact]
    [Trait("Rule", "R18")]
    public async Task DemoData_DepartedOnlyAgainstAClearanceIssuedBefore_WithPhysicalAndMentalHealthChecked()
    {
        var departed = await app.WithDbAsync(db => db.Deployments.Where(d => d.Departure != null)
            .Select(d => new { d.Id, d.Departure!.DepartedOn, d.Medical!.MentallyFit, d.Medical.PhysicallyFit }).ToListAsync(Ct));
        var clearances = (await app.WithDbAsync(db => db.DepartureClearances.ToListAsync(Ct))).ToLookup(c => c.DeploymentId);

        Assert.NotEmpty(departed);
        Assert.All(departed, d =>
        {
            var used = Assert.Single(clearances[d.Id], c => c.Status == Domain.Workers.ClearanceStatus.Used);
            Assert.True(used.IssuedOn <= d.DepartedOn && d.DepartedOn <= used.ValidUntil && used.UsedOn == d.DepartedOn, $"{used.Number}: {used.IssuedOn}..{used.ValidUntil}, departed {d.DepartedOn}");
            Assert.Equal((true, (bool?)true), (d.PhysicallyFit, d.MentallyFit));
        });
    }

    [Fact]
    public async Task ClearanceNumbers_AreUnique_WhenAskedForAtOnce()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var order = await CreateApprovedJobOrderAsync(staff, officer);
        var workers = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var worker = await RegisterAsync(staff, order);
            await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);
            workers.Add(worker);
        }

        var numbers = await Task.WhenAll(workers.Select(w => ClearAsync(staff, w)));

        Assert.Equal(4, numbers.Distinct().Count());
    }
}

public sealed class DepartureClearanceTestsOnSqlite(SqliteApp app) : DepartureClearanceTests<SqliteApp>(app);

public sealed class DepartureClearanceTestsOnPostgres(PostgresApp app) : DepartureClearanceTests<PostgresApp>(app);
