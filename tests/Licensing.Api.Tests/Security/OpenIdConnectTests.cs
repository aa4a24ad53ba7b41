using System.Net;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Licensing.Api.Tests.Support.OpenIdConnectSteps;

namespace Licensing.Api.Tests.Security;

/// <summary>
/// Issue 21: the OpenID Connect server. Other bodies' systems get tokens by client credentials and act as their body's
/// officers within their scopes; apps sign people in by code + PKCE (S256 only), refresh and revoke.
/// </summary>
public abstract class OpenIdConnectTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : OpenIdConnectApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EmbassySystem_ReadsOnlyWhatItsScopesAndCountryAllow_AndEveryTokenAndCallIsAudited()
    {
        var thai = await DeployedWorker.CreateAsync(app, "TH");
        var japanese = await DeployedWorker.CreateAsync(app, "JP", thai.Agency);
        using var admin = await CookieBrowser.SignInAsync(app, DemoLogins.Administrator, Ct);
        var (clientId, secret) = await RegisterAsync(admin, "Thai embassy case system", "System", "embassy:TH", ["workers.read", "disappearances.receive"]);
        Assert.NotNull(secret);

        var refused = await JsonAsync(await ClientCredentialsAsync(app, clientId, secret, "register.read"), HttpStatusCode.BadRequest);
        Assert.False(refused.TryGetProperty("access_token", out _));
        Assert.Contains("scope", refused.GetProperty("error_description").GetString());
        var token = await JsonAsync(await ClientCredentialsAsync(app, clientId, secret, "workers.read"));
        using var system = Client(app, token.GetProperty("access_token").GetString());

        Assert.Equal(HttpStatusCode.OK, (await system.GetAsync($"/api/v1/workers/{thai.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await system.GetAsync($"/api/v1/workers/{japanese.Id}", Ct)).StatusCode);
        // Its officers may read cases, but this token was not granted disappearances.receive; nor the register; nor anything merely "signed in".
        Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync("/api/v1/disappearances", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync("/api/v1/licences", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync("/api/v1/inbox", Ct)).StatusCode);
        // A token asked for with no scope carries every scope the client was given.
        var listed = await Client(app, (await JsonAsync(await ClientCredentialsAsync(app, clientId, secret))).GetProperty("access_token").GetString())
            .GetAsync("/api/v1/disappearances", Ct);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);

        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "ApiClient" && a.EntityId == clientId)
            .Select(a => new { a.Action, a.Changes, a.UserName }).ToListAsync(Ct));
        Assert.Equal(2, audit.Count(a => a.Action == "TokenIssued"));
        Assert.Contains(audit, a => a.Action == "ClientCall" && a.Changes.Contains($"/api/v1/workers/{japanese.Id}") && a.Changes.Contains("404"));
        Assert.Contains(audit, a => a.Action == "ClientCall" && a.Changes.Contains("/api/v1/licences") && a.Changes.Contains("403"));
        Assert.All(audit, a => Assert.EndsWith("@clients.licensing.invalid", a.UserName));
    }

    [Fact]
    public async Task SystemClient_CannotBeGivenAScopeItsBodysOfficersLack_AndOnlyAdministratorsUseTheClientsPage()
    {
        using var admin = await CookieBrowser.SignInAsync(app, DemoLogins.Administrator, Ct);
        var form = await admin.GetStringAsync("/admin/clients", Ct);
        var response = await admin.PostAsync("/admin/clients", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Interior system", ["Input.Kind"] = "System", ["Input.Body"] = "interior", ["Input.Scopes"] = "licensing.decisions",
            ["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(form),
        }), Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("id=\"client-id\"", page);
        Assert.DoesNotContain("interior-system-", page);

        using var officer = await CookieBrowser.SignInAsync(app, DemoLogins.LicensingOfficer, Ct);
        var denied = await officer.GetAsync("/admin/clients", Ct);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.OriginalString.Replace("https://localhost", ""), StringComparison.Ordinal);
        using var anonymous = Client(app);
        var challenged = await anonymous.GetAsync("/admin/clients", Ct);
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.Contains("/account/login", challenged.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawnSecret_StopsTheClientAndItsTokens_UntilANewSecretIsMade()
    {
        using var admin = await CookieBrowser.SignInAsync(app, DemoLogins.Administrator, Ct);
        var (clientId, secret) = await RegisterAsync(admin, "Interior register mirror", "System", "interior", ["register.read"]);
        var token = (await JsonAsync(await ClientCredentialsAsync(app, clientId, secret!))).GetProperty("access_token").GetString();
        using var system = Client(app, token);
        Assert.Equal(HttpStatusCode.OK, (await system.GetAsync("/api/v1/licences", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await ClientActionAsync(admin, "Revoke", clientId)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await system.GetAsync("/api/v1/licences", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ClientCredentialsAsync(app, clientId, secret!)).StatusCode);

        var rotated = await ShownAfterAsync(admin, await ClientActionAsync(admin, "Rotate", clientId));
        var newSecret = SecretOn(rotated);
        Assert.NotNull(newSecret);
        Assert.NotEqual(secret, newSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ClientCredentialsAsync(app, clientId, secret!)).StatusCode);
        await JsonAsync(await ClientCredentialsAsync(app, clientId, newSecret));
    }

    [Fact]
    public async Task App_SignsAPersonInByCodeAndS256_RefreshesAndRevokes_AndThePlainMethodIsRefused()
    {
        var thai = await DeployedWorker.CreateAsync(app, "TH");
        using var admin = await CookieBrowser.SignInAsync(app, DemoLogins.Administrator, Ct);
        var (clientId, secret) = await RegisterAsync(admin, "Inspector app", "App", null, ["workers.read", "register.read"], RedirectUri);
        Assert.Null(secret);

        using var anonymous = Client(app);
        var (verifier, challenge) = Pkce();
        var toLogin = await anonymous.GetAsync(AuthorizeUrl(clientId, "openid offline_access workers.read", challenge), Ct);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Contains("/account/login", toLogin.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var person = await CookieBrowser.SignInAsync(app, DemoLogins.EmbassyOfficer, Ct);
        var plain = await person.GetAsync(AuthorizeUrl(clientId, "openid workers.read", verifier, "plain"), Ct);
        Assert.False(plain.StatusCode == HttpStatusCode.Redirect && CallbackQuery(plain).ContainsKey("code"), "A plain code challenge was accepted.");

        var callback = CallbackQuery(await person.GetAsync(AuthorizeUrl(clientId, "openid offline_access workers.read", challenge), Ct));
        Assert.Equal("s-1", callback["state"]);
        var wrongVerifier = await TokenAsync(app, ("grant_type", "authorization_code"), ("client_id", clientId), ("code", callback["code"]),
            ("redirect_uri", RedirectUri), ("code_verifier", Pkce().Verifier));
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);

        var callbackAgain = CallbackQuery(await person.GetAsync(AuthorizeUrl(clientId, "openid offline_access workers.read", challenge), Ct));
        var tokens = await JsonAsync(await TokenAsync(app, ("grant_type", "authorization_code"), ("client_id", clientId), ("code", callbackAgain["code"]),
            ("redirect_uri", RedirectUri), ("code_verifier", verifier)));
        using (var asPerson = Client(app, tokens.GetProperty("access_token").GetString()))
        {
            var me = await JsonAsync(await asPerson.GetAsync("/api/v1/auth/me", Ct));
            Assert.Equal(DemoLogins.EmbassyOfficer, me.GetProperty("email").GetString());
            Assert.Equal("TH", me.GetProperty("countryCode").GetString());
            Assert.Equal(HttpStatusCode.OK, (await asPerson.GetAsync($"/api/v1/workers/{thai.Id}", Ct)).StatusCode);
            // The app asked for workers.read only: the register, which the person may read, is not the app's to read.
            Assert.Equal(HttpStatusCode.Forbidden, (await asPerson.GetAsync("/api/v1/licences", Ct)).StatusCode);
        }
        Assert.Equal(app.NewestSigningKeyId(await JwksAsync()), HeaderOf(tokens.GetProperty("id_token").GetString()!).GetProperty("kid").GetString());

        var refreshed = await JsonAsync(await TokenAsync(app, ("grant_type", "refresh_token"), ("client_id", clientId),
            ("refresh_token", tokens.GetProperty("refresh_token").GetString()!)));
        using (var asPerson = Client(app, refreshed.GetProperty("access_token").GetString()))
        {
            Assert.Equal(HttpStatusCode.OK, (await asPerson.GetAsync($"/api/v1/workers/{thai.Id}", Ct)).StatusCode);
        }

        var refreshToken = refreshed.GetProperty("refresh_token").GetString()!;
        var accessToken = refreshed.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await Client(app).PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["client_id"] = clientId, ["token"] = refreshToken, ["token_type_hint"] = "refresh_token" }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(app).PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["client_id"] = clientId, ["token"] = accessToken, ["token_type_hint"] = "access_token" }), Ct)).StatusCode);
        var afterRevocation = await JsonAsync(await TokenAsync(app, ("grant_type", "refresh_token"), ("client_id", clientId), ("refresh_token", refreshToken)),
            HttpStatusCode.BadRequest);
        Assert.Equal("invalid_grant", afterRevocation.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(app, accessToken).GetAsync($"/api/v1/workers/{thai.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Discovery_AdvertisesTheFlows_S256Only_AndBothSigningKeys()
    {
        var discovery = await JsonAsync(await Client(app).GetAsync("/.well-known/openid-configuration", Ct));
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("client_credentials", grants);
        Assert.Contains("authorization_code", grants);
        Assert.Contains("refresh_token", grants);
        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.EndsWith("/connect/revoke", discovery.GetProperty("revocation_endpoint").GetString());
        var scopes = discovery.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("workers.read", scopes);
        Assert.Contains("disappearances.receive", scopes);

        var keys = (await JwksAsync()).GetProperty("keys").EnumerateArray().Where(k => k.GetProperty("kty").GetString() == "RSA").ToList();
        Assert.Equal(2, keys.Count);
    }

    [Fact]
    public async Task PeoplesLoginTokens_StillWork()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/v1/licences", Ct)).StatusCode);
    }

    private async Task<JsonElement> JwksAsync()
    {
        var discovery = await JsonAsync(await Client(app).GetAsync("/.well-known/openid-configuration", Ct));
        return await JsonAsync(await Client(app).GetAsync(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery, Ct));
    }
}

public sealed class OpenIdConnectTestsOnSqlite(OpenIdConnectSqliteApp app) : OpenIdConnectTests<OpenIdConnectSqliteApp>(app);

public sealed class OpenIdConnectTestsOnPostgres(OpenIdConnectPostgresApp app) : OpenIdConnectTests<OpenIdConnectPostgresApp>(app);
