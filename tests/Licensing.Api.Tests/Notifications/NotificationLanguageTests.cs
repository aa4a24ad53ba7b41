using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Notifications;

/// <summary>
/// Each user is written to in their language (Khmer unless they chose English), the public filer in the
/// language of the form they used, and a duty mailbox whose reader is not known in both; notices name
/// provinces, countries and categories instead of giving their codes.
/// </summary>
public abstract class NotificationLanguageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private const string KhmerWelcome = "អ្នកគ្រប់គ្រងប្រព័ន្ធបានបង្កើតគណនីរបស់អ្នក";
    private const string EnglishWelcome = "An administrator created your account";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AUserWhoChoseNoLanguage_ReadsTheirInboxAndEmailInKhmer()
    {
        var email = await CreateUserAsync(language: null);

        var body = await InboxBodyAsync(email);
        Assert.Contains(KhmerWelcome, body);
        Assert.DoesNotContain(EnglishWelcome, body);
        var mail = await MailToAsync(email);
        Assert.Contains(KhmerWelcome, mail.TextBody);
        Assert.DoesNotContain(EnglishWelcome, mail.TextBody);
        Assert.DoesNotContain("Licensing account", mail.Subject);
        Assert.Equal("km", await LanguageOfAsync(email));
    }

    [Fact]
    public async Task AnEnglishPreferringUser_ReadsTheirInboxAndEmailInEnglish_WithTheRolesName()
    {
        var email = await CreateUserAsync(language: "en");

        var body = await InboxBodyAsync(email);
        Assert.Contains($"{EnglishWelcome} (Interior officer)", body);
        Assert.DoesNotContain(KhmerWelcome, body);
        var mail = await MailToAsync(email);
        Assert.Equal("Your Licensing account", mail.Subject);
        Assert.Contains(EnglishWelcome, mail.TextBody);
        Assert.DoesNotContain(KhmerWelcome, mail.TextBody);
        Assert.Equal("en", await LanguageOfAsync(email));
    }

    [Fact]
    public async Task AUserChoosesEnglishOnTheirProfile_AndIsWrittenToInEnglishFromThen()
    {
        var email = await CreateUserAsync(language: null, password: LicensingApp.DemoPassword);
        using var browser = await CookieBrowser.SignInAsync(app, email, Ct);
        var profile = await browser.GetStringAsync("/account/profile", Ct);
        var saved = await browser.PostAsync("/account/profile", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Language"] = "en", ["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(profile),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("en", await LanguageOfAsync(email));

        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email }, Ct)).StatusCode);
        var reset = await Eventually.ReturnsAsync(() => Task.FromResult(Mailbox.To(app.MailFolder, email).FirstOrDefault(m => m.TextBody?.Contains("/account/reset?") == true)), m => m is not null);
        Assert.Equal("Reset your Licensing password", reset!.Subject);
        Assert.Contains("<a href=\"http", reset.HtmlBody);
    }

    [Fact]
    public async Task AnEmbassyDutyMailbox_GetsBothLanguages_AndTheCountrysName()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var reported = await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(), Ct);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var caseId = (await reported.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var duty = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.DeduplicationKey == $"dc:{caseId}:reported:embassy:TH:email", Ct));
        Assert.Contains("ប្រទេសទទួល៖ ថៃ", duty.Body);
        Assert.Contains("Receiving country: Thailand", duty.Body);
        Assert.Contains("ពលករត្រូវបានរាយការណ៍ថាបាត់ខ្លួន", duty.Subject);
        Assert.Contains("Worker reported missing", duty.Subject);
        var inbox = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey!.StartsWith($"dc:{caseId}:reported:embassy:TH:inbox:")).ToListAsync(Ct));
        Assert.NotEmpty(inbox);
        Assert.All(inbox, m => Assert.DoesNotContain("Receiving country", m.Body)); // the demo embassy officer reads Khmer
    }

    [Theory]
    [InlineData("en", "We received your complaint.", "យើងបានទទួលពាក្យបណ្តឹងរបស់អ្នក")]
    [InlineData("km", "យើងបានទទួលពាក្យបណ្តឹងរបស់អ្នក", "We received your complaint.")]
    public async Task TheComplainant_IsWrittenToInTheLanguageOfTheFormTheyUsed(string language, string expected, string absent)
    {
        using var anonymous = app.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var filed = await anonymous.PostAsJsonAsync("/api/v1/public/complaints", new
        {
            filedAs = "Worker", workerName = "Sok Chanda (fictitious)", phone = "+855 12 345 987", email = "filer@complainant.example", provinceCode = "KH-2",
            preferredContact = "Email", unlicensedRecruiter = "A broker (fictitious)", category = "DocumentsKept", whatHappened = "They kept my passport.",
            shareIdentityWithAgency = false, sendToMinistry = false,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var toFiler = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.DeduplicationKey == $"complaint-filed:{id}:address", Ct));
        Assert.Contains(expected, toFiler.Body);
        Assert.DoesNotContain(absent, toFiler.Body);

        // Interior's duty address reads both languages, with the names of the category and the province.
        var interior = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.DeduplicationKey == $"complaint-interior:{id}:address", Ct));
        Assert.Contains("Category: Passport or documents kept", interior.Body);
        Assert.Contains("Province: Battambang", interior.Body);
        Assert.Contains("ខេត្ត៖ បាត់ដំបង", interior.Body);
        Assert.DoesNotContain("DocumentsKept", interior.Body);
        Assert.DoesNotContain("KH-2", interior.Body);
    }

    private async Task<string> CreateUserAsync(string? language, string password = Users.Password)
    {
        var email = $"lang-{Guid.NewGuid():N}@test.example";
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, fullName = "Language Test", role = "InteriorOfficer", password, language }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return email;
    }

    private async Task<string> InboxBodyAsync(string email)
    {
        using var user = await app.ClientForAsync(email, Users.Password);
        var inbox = await Eventually.ReturnsAsync(() => user.GetFromJsonAsync<JsonElement>("/api/v1/inbox", Ct), page => page.GetProperty("total").GetInt32() > 0);
        return inbox.GetProperty("items")[0].GetProperty("body").GetString()!;
    }

    private async Task<MimeKit.MimeMessage> MailToAsync(string email) =>
        (await Eventually.ReturnsAsync(() => Task.FromResult(Mailbox.To(app.MailFolder, email)), found => found.Count > 0))[0];

    private async Task<string> LanguageOfAsync(string email)
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var users = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users?search={Uri.EscapeDataString(email)}", Ct);
        return users.GetProperty("items")[0].GetProperty("language").GetString()!;
    }
}

public sealed class NotificationLanguageTestsOnSqlite(SqliteApp app) : NotificationLanguageTests<SqliteApp>(app);

public sealed class NotificationLanguageTestsOnPostgres(PostgresApp app) : NotificationLanguageTests<PostgresApp>(app);
