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

        var mail = await Eventually.ReturnsAsync(() => Task.FromResult(Mailbox.To(app.MailFolder, email).Select(m => m.TextBody).FirstOrDefault(m => m?.Contains("/account/reset?") == true)), m => m is not null);
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
        Assert.Empty(Mailbox.To(app.MailFolder, email));
    }

    [Fact]
    public async Task ResetLink_PointsAtThePublicAddress_WhateverHostTheRequestNamed()
    {
        var email = await Users.CreateAsync(app, "Inspector");
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/forgot-password") { Content = JsonContent.Create(new { email }) };
        request.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(request, Ct)).StatusCode);

        var mail = await Eventually.ReturnsAsync(() => Task.FromResult(Mailbox.To(app.MailFolder, email).Select(m => m.TextBody).FirstOrDefault(m => m?.Contains("/account/reset?") == true)), m => m is not null);
        Assert.Contains(LicensingApp.PublicBaseUrl + "/account/reset?", mail);
        Assert.DoesNotContain("attacker.example", mail);
    }

    [GeneratedRegex(@"/account/reset\?email=[^&\s]+&token=([^\s]+)")]
    private static partial Regex ResetLink();
}

public sealed class PasswordResetTestsOnSqlite(SqliteApp app) : PasswordResetTests<SqliteApp>(app);

public sealed class PasswordResetTestsOnPostgres(PostgresApp app) : PasswordResetTests<PostgresApp>(app);
