using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Foundation;

public abstract partial class PasswordResetTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResetLink_SetsANewPasswordOnce()
    {
        var email = await Users.CreateAsync(app, "Inspector");
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email }, Ct)).StatusCode);

        var mail = await Eventually.ReturnsAsync(() => Task.FromResult(MailTo(email).Select(Body).FirstOrDefault(m => m.Contains("/account/reset?"))), m => m is not null);
        var link = ResetLink().Match(mail!);
        var token = Uri.UnescapeDataString(link.Groups[1].Value);

        var reset = await client.PostAsJsonAsync("/api/v1/auth/reset-password", new { email, token, newPassword = "Brand-New-Pass-42" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Brand-New-Pass-42" }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Users.Password }, Ct)).StatusCode);

        var again = await client.PostAsJsonAsync("/api/v1/auth/reset-password", new { email, token, newPassword = "Another-Pass-43" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("reset_refused", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownAddress_AnswersTheSameAndSendsNothing()
    {
        var email = $"nobody-{Guid.NewGuid():N}@test.example";
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email }, Ct)).StatusCode);
        await Task.Delay(1000, Ct);
        Assert.Empty(MailTo(email));
    }

    private List<string> MailTo(string email) => Directory.Exists(app.MailFolder)
        ? Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).Where(t => t.Contains(email)).ToList()
        : [];

    /// <summary>The decoded text of a pickup-folder message (base64 or quoted-printable).</summary>
    private static string Body(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var (headers, body) = (eml[..split], eml[(split + 4)..]);
        if (headers.Contains("base64", StringComparison.OrdinalIgnoreCase)) return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", "")));
        return Regex.Replace(body.Replace("=\r\n", ""), "=([0-9A-F]{2})", m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString());
    }

    [GeneratedRegex(@"/account/reset\?email=[^&\s]+&token=([^\s]+)")]
    private static partial Regex ResetLink();
}

public sealed class PasswordResetTestsOnSqlite(SqliteApp app) : PasswordResetTests<SqliteApp>(app);

public sealed class PasswordResetTestsOnPostgres(PostgresApp app) : PasswordResetTests<PostgresApp>(app);
