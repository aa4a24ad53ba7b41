using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Foundation;

public abstract class AuthenticationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    [Fact]
    public async Task Login_WithEveryDemoAccount_ReturnsABearerTokenThatIdentifiesTheUser()
    {
        foreach (var email in DemoLogins.All)
        {
            using var client = app.CreateClient();
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = LicensingApp.DemoPassword }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var token = await response.Content.ReadFromJsonAsync<LicensingApp.TokenResponse>(TestContext.Current.CancellationToken);
            Assert.Equal("Bearer", token!.TokenType);
            Assert.False(string.IsNullOrEmpty(token.RefreshToken));
            Assert.True(token.ExpiresIn > 0);

            client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
            var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", TestContext.Current.CancellationToken);
            Assert.Equal(email, me.GetProperty("email").GetString());
        }
    }

    [Fact]
    public async Task Me_ForScopedRoles_CarriesTheScope()
    {
        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        var me = await embassy.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal("TH", me.GetProperty("countryCode").GetString());

        using var province = await app.ClientForAsync(DemoLogins.ProvincialOfficer);
        me = await province.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal("KH-2", me.GetProperty("provinceCode").GetString());

        using var agency = await app.ClientForAsync(DemoLogins.AgencyStaff);
        me = await agency.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal(JsonValueKind.String, me.GetProperty("agencyId").ValueKind);
    }

    [Fact]
    public async Task Refresh_WithTheRefreshToken_IssuesANewAccessToken()
    {
        using var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoLogins.Inspector, password = LicensingApp.DemoPassword }, TestContext.Current.CancellationToken);
        var token = await login.Content.ReadFromJsonAsync<LicensingApp.TokenResponse>(TestContext.Current.CancellationToken);

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token!.RefreshToken }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var renewed = await refreshed.Content.ReadFromJsonAsync<LicensingApp.TokenResponse>(TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new("Bearer", renewed!.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken)).StatusCode);

        var forged = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "not-a-token" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task Login_WithAWrongPassword_IsAProblemAndLocksTheAccountAfterFiveFailures()
    {
        var email = await Users.CreateAsync(app, "Inspector");
        using var client = app.CreateClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Password-1" }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
            Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        }

        var locked = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Users.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        var problem = await locked.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("locked_out", problem.GetProperty("code").GetString());
    }
}

public sealed class AuthenticationTestsOnSqlite(SqliteApp app) : AuthenticationTests<SqliteApp>(app);

public sealed class AuthenticationTestsOnPostgres(PostgresApp app) : AuthenticationTests<PostgresApp>(app);
