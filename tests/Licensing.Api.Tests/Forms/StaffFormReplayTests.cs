using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Forms;

/// <summary>
/// Issue 22 item 4, ADR-031: a staff form that creates something, posted twice with the same one-time token (the back
/// button and resubmit, a double tap), creates one record; the second post is sent where the first led, which says so.
/// </summary>
public abstract class StaffFormReplayTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AJobOrderPostedTwice_IsRegisteredOnce()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await CookieBrowser.SignInAsync(app, agency.StaffEmail, Ct, Users.Password);
        var employer = $"Replay Employer {Guid.NewGuid():N}";

        await PostTwiceAsync(staff, "/job-orders/new", new()
        {
            ["Order.CountryCode"] = "TH", ["Order.EmployerName"] = employer, ["Order.EmployerAddress"] = "1 Industrial Road",
            ["Order.SectorCode"] = "construction", ["Order.Occupation"] = "General worker", ["Order.WorkersRequested"] = "5",
            ["Order.MonthlyWage"] = "400", ["Order.Currency"] = "USD", ["Order.ContractMonths"] = "24",
        });

        Assert.Equal(1, await app.WithDbAsync(db => db.JobOrders.CountAsync(o => o.Offer.EmployerName == employer, Ct)));
    }

    [Fact]
    public async Task AWorkerRegisteredTwice_IsRegisteredOnce()
    {
        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await CookieBrowser.SignInAsync(app, agency.StaffEmail, Ct, Users.Password);
        var nationalId = WorkerSteps.NewNationalId();

        var led = await PostTwiceAsync(staff, "/workers/new", new()
        {
            ["Worker.NameKm"] = "សុខ ចន្ទា", ["Worker.NameLatin"] = "Sok Chanda (fictitious)", ["Worker.Sex"] = "Female",
            ["Worker.DateOfBirth"] = WorkerSteps.LocalToday.AddYears(-24).ToString("yyyy-MM-dd"), ["Worker.NationalId"] = nationalId,
            ["Worker.Phone"] = "+855 12 000 111", ["Worker.ProvinceCode"] = "KH-2", ["Worker.District"] = "Sangkae", ["Worker.Commune"] = "Ta Pon",
            ["Worker.Village"] = "Ta Pon", ["Worker.EmergencyContactName"] = "Sok Dara", ["Worker.EmergencyContactPhone"] = "+855 12 000 222",
        });

        Assert.StartsWith("/workers/", led, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Workers.CountAsync(w => w.NationalId == nationalId, Ct)));
    }

    [Fact]
    public async Task AnApplicationDocumentUploadedTwice_IsAttachedOnce()
    {
        var agency = await TestAgency.CreateAsync(app);
        using var api = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        var created = await api.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var applicationId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        using var staff = await CookieBrowser.SignInAsync(app, agency.StaffEmail, Ct, Users.Password);
        var page = await staff.GetStringAsync($"/agency/applications/{applicationId}", Ct);
        var token = Guid.NewGuid().ToString("N");

        HttpContent Upload()
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(CookieBrowser.AntiforgeryToken(page)), "__RequestVerificationToken" },
                { new StringContent(token), "FormToken" },
                { new StringContent("statute"), "RequirementCode" },
            };
            var file = new ByteArrayContent(TestAgency.Pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "Document", "statute.pdf");
            return form;
        }

        var address = $"/agency/applications/{applicationId}?handler=Upload";
        await AssertReplayedAsync(staff, await staff.PostAsync(address, Upload(), Ct), await staff.PostAsync(address, Upload(), Ct));

        Assert.Equal(1, await app.WithDbAsync(db => db.LicenceApplications.Where(a => a.Id == applicationId).SelectMany(a => a.Documents).CountAsync(Ct)));
    }

    [Fact]
    public async Task AnApiClientRegisteredTwice_IsRegisteredOnce_AndItsSecretIsShownOnce()
    {
        using var admin = await CookieBrowser.SignInAsync(app, DemoLogins.Administrator, Ct);
        var name = $"Replay system {Guid.NewGuid():N}";

        var led = await PostTwiceAsync(admin, "/admin/clients", new()
        {
            ["Input.Name"] = name, ["Input.Kind"] = "System", ["Input.Body"] = "interior", ["Input.Scopes"] = "register.read",
        });

        var list = await admin.GetStringAsync(led, Ct);
        Assert.Equal(1, Occurrences(list, name));
        Assert.DoesNotContain("id=\"client-secret\"", list);
    }

    /// <summary>Posts the form twice with one token, as a browser resubmitting it does; returns where both posts led.</summary>
    private static async Task<string> PostTwiceAsync(HttpClient browser, string address, Dictionary<string, string> fields)
    {
        var form = await browser.GetStringAsync(address, Ct);
        fields["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(form);
        fields["FormToken"] = Guid.NewGuid().ToString("N");
        var first = await browser.PostAsync(address, new FormUrlEncodedContent(fields), Ct);
        var second = await browser.PostAsync(address, new FormUrlEncodedContent(fields), Ct);
        return await AssertReplayedAsync(browser, first, second);
    }

    private static async Task<string> AssertReplayedAsync(HttpClient browser, HttpResponseMessage first, HttpResponseMessage second)
    {
        Assert.True(first.StatusCode == HttpStatusCode.Redirect, $"the first post answered {(int)first.StatusCode}: {await first.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var led = first.Headers.Location!.OriginalString;
        Assert.Equal(led, second.Headers.Location!.OriginalString);
        Assert.Contains("class=\"notice warning replayed\"", await browser.GetStringAsync(led, Ct));
        return led;
    }

    private static int Occurrences(string page, string text) => page.Split(text).Length - 1;
}

public sealed class SqliteStaffFormReplayTests(SqliteApp app) : StaffFormReplayTests<SqliteApp>(app);

public sealed class PostgresStaffFormReplayTests(PostgresApp app) : StaffFormReplayTests<PostgresApp>(app);
