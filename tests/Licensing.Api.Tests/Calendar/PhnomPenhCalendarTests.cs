using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Licensing.Api.Tests.Calendar;

/// <summary>
/// R35 over HTTP with the clock at 2026-03-09T18:30Z (01:30 on Tuesday 10 March in Phnom Penh): the complaint
/// acknowledgement deadline counts working days from the Phnom Penh date and skips the public holidays an administrator
/// keeps; only administrators keep them.
/// </summary>
[Trait("Rule", "R35")]
public abstract class PhnomPenhCalendarTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CalendarApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R24")]
    public async Task TheAcknowledgementDeadline_CountsFromThePhnomPenhDate_AndSkipsTheHolidaysAnAdministratorAdds()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);

        // Five working days from Tuesday 10 March (Phnom Penh) end on Tuesday 17 March; from Monday 9 March (UTC) on Monday 16.
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 18, 30, 0, TimeSpan.Zero), await AcknowledgeByAsync(officer));

        var added = await admin.PostAsJsonAsync("/api/v1/admin/holidays", new { date = "2026-03-17", nameKm = "ថ្ងៃឈប់សម្រាកពិសេស", nameEn = "Special holiday" }, Ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 18, 30, 0, TimeSpan.Zero), await AcknowledgeByAsync(officer));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/holidays/{id}", Ct)).StatusCode);
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 18, 30, 0, TimeSpan.Zero), await AcknowledgeByAsync(officer));
    }

    [Fact]
    public async Task TheFixedNationalHolidays_AreSeeded_AndThisYearIsThePhnomPenhYear()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);

        var holidays = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/holidays?year=2026", Ct);
        var dates = holidays.EnumerateArray().Select(h => h.GetProperty("date").GetString()).ToList();
        Assert.Contains("2026-01-07", dates);
        Assert.Contains("2026-11-09", dates);
        Assert.Equal("Independence Day", holidays.EnumerateArray().Single(h => h.GetProperty("date").GetString() == "2026-11-09").GetProperty("nameEn").GetString());
        Assert.Contains("2027-01-01", (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/holidays?year=2027", Ct)).EnumerateArray().Select(h => h.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task AHolidayTwiceOrWithoutAName_IsRefusedInTheReadersLanguage()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator, language: "km");

        var twice = await admin.PostAsJsonAsync("/api/v1/admin/holidays", new { date = "2026-11-09", nameKm = "ពិធីបុណ្យឯករាជ្យជាតិ", nameEn = "Independence Day" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var problem = await twice.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("holiday_exists", problem.GetProperty("code").GetString());
        Assert.Contains("ថ្ងៃឈប់សម្រាក", problem.GetProperty("detail").GetString());

        var unnamed = await admin.PostAsJsonAsync("/api/v1/admin/holidays", new { date = "2026-12-30", nameKm = "", nameEn = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/holidays/{Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task OnlyAnAdministrator_KeepsTheHolidays_ThroughTheApi()
    {
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/admin/holidays", Ct)).StatusCode);
        foreach (var login in new[] { DemoLogins.LicensingOfficer, DemoLogins.ProvincialOfficer, DemoLogins.AgencyStaff })
        {
            using var client = await app.ClientForAsync(login);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/holidays", Ct)).StatusCode);
            var post = await client.PostAsJsonAsync("/api/v1/admin/holidays", new { date = "2026-12-28", nameKm = "ក", nameEn = "A" }, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }
    }

    [Fact]
    public async Task TheHolidaysPage_ListsAndAddsForAnAdministrator_AndIsClosedToOthers()
    {
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var refused = await anonymous.GetAsync("/admin/holidays", Ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/login", refused.Headers.Location?.PathAndQuery);

        using var officer = await BrowserAsync(DemoLogins.LicensingOfficer);
        var forbidden = await officer.GetAsync("/admin/holidays", Ct);
        Assert.True(forbidden.StatusCode is HttpStatusCode.Forbidden || forbidden.Headers.Location?.PathAndQuery.Contains("denied", StringComparison.OrdinalIgnoreCase) == true,
            $"{(int)forbidden.StatusCode} {forbidden.Headers.Location}");

        using var admin = await BrowserAsync(DemoLogins.Administrator);
        var page = await admin.GetStringAsync("/admin/holidays", Ct);
        Assert.Contains("Victory over Genocide Day", page);
        Assert.Contains("2026-01-07", page);
        var added = await admin.PostAsync("/admin/holidays", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["holiday.Date"] = "2026-04-14", ["holiday.NameKm"] = "ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ", ["holiday.NameEn"] = "Khmer New Year",
            ["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(page),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Khmer New Year", await admin.GetStringAsync("/admin/holidays?year=2026", Ct));
    }

    [Fact]
    public async Task TheMidnightSweeps_FireJustAfterMidnightInPhnomPenh_WhichIs1700Utc()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);

        var jobs = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs", Ct);
        foreach (var (name, minute) in new[] { ("licence-expiry", 5), ("sanction-effects", 10) })
        {
            var next = jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == name).GetProperty("nextFireAt").GetDateTimeOffset();
            Assert.Equal(new TimeOnly(17, minute), TimeOnly.FromDateTime(next.UtcDateTime));
        }
    }

    /// <summary>Files a complaint now and reads its acknowledgement deadline as an officer sees it.</summary>
    private async Task<DateTimeOffset> AcknowledgeByAsync(HttpClient officer)
    {
        var complaint = await FiledComplaint.FileAsync(app, null);
        var view = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{complaint.Id}", Ct);
        return view.GetProperty("acknowledgeBy").GetDateTimeOffset().ToUniversalTime();
    }

    private Task<HttpClient> BrowserAsync(string email) => CookieBrowser.SignInAsync(app, email, Ct);
}

public sealed class PhnomPenhCalendarTestsOnSqlite(SqliteCalendarApp app) : PhnomPenhCalendarTests<SqliteCalendarApp>(app);

public sealed class PhnomPenhCalendarTestsOnPostgres(PostgresCalendarApp app) : PhnomPenhCalendarTests<PostgresCalendarApp>(app);
