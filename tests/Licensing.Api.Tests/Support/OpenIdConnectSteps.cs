using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Licensing.Api.Tests.Support;

/// <summary>What a ministry's system or an app does against the OpenID Connect server, and what an administrator does to register it.</summary>
public static partial class OpenIdConnectSteps
{
    public const string RedirectUri = "https://inspect.example/callback";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A client on the same address as the browser, so that every token has one issuer.</summary>
    public static HttpClient Client(LicensingApp app, string? accessToken = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        if (accessToken is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>The administrator registers a client on the clients page; the page shows its id and, for a system, its secret once.</summary>
    public static async Task<(string ClientId, string? Secret)> RegisterAsync(HttpClient admin, string name, string kind, string? body, IEnumerable<string> scopes, string? redirectUris = null)
    {
        var form = await admin.GetStringAsync("/admin/clients", Ct);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Name", name), new("Input.Kind", kind), new("Input.Body", body ?? ""), new("Input.RedirectUris", redirectUris ?? ""),
            new("__RequestVerificationToken", CookieBrowser.AntiforgeryToken(form)),
        };
        fields.AddRange(scopes.Select(s => new KeyValuePair<string, string>("Input.Scopes", s)));
        var page = await ShownAfterAsync(admin, await admin.PostAsync("/admin/clients", new FormUrlEncodedContent(fields), Ct));
        var clientId = ClientIdShown().Match(page);
        Assert.True(clientId.Success, "The page shows no client id.");
        var secret = SecretShown().Match(page);
        return (clientId.Groups[1].Value, secret.Success ? secret.Groups[1].Value : null);
    }

    /// <summary>Posts one of the clients page's row buttons (Rotate, Revoke) and returns the page.</summary>
    public static async Task<HttpResponseMessage> ClientActionAsync(HttpClient admin, string handler, string clientId)
    {
        var form = await admin.GetStringAsync("/admin/clients", Ct);
        return await admin.PostAsync($"/admin/clients?handler={handler}&clientId={Uri.EscapeDataString(clientId)}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", CookieBrowser.AntiforgeryToken(form))]), Ct);
    }

    /// <summary>The page a post that made something redirects to (post/redirect/get), as the browser shows it.</summary>
    public static async Task<string> ShownAfterAsync(HttpClient browser, HttpResponseMessage posted)
    {
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return await browser.GetStringAsync(posted.Headers.Location, Ct);
    }

    public static string? SecretOn(string page) => SecretShown().Match(page) is { Success: true } m ? m.Groups[1].Value : null;

    public static async Task<HttpResponseMessage> TokenAsync(LicensingApp app, params (string Key, string Value)[] fields)
    {
        using var client = Client(app);
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value))), Ct);
    }

    public static Task<HttpResponseMessage> ClientCredentialsAsync(LicensingApp app, string clientId, string secret, string? scope = null) =>
        TokenAsync(app, [("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret), .. scope is null ? [] : new[] { ("scope", scope) }]);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string clientId, string scope, string challenge, string method = "S256") =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["response_type"] = "code", ["redirect_uri"] = RedirectUri, ["scope"] = scope,
            ["code_challenge"] = challenge, ["code_challenge_method"] = method, ["state"] = "s-1",
        });

    /// <summary>The query of the address the server sent the browser back to.</summary>
    public static Dictionary<string, string> CallbackQuery(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.ToString(), StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>The JSON header of a JWS (an identity token).</summary>
    public static JsonElement HeaderOf(string jwt) => JsonDocument.Parse(Convert.FromBase64String(Pad(jwt.Split('.')[0]))).RootElement;

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
    }

    [GeneratedRegex("<code id=\"client-id\">([^<]+)</code>")]
    private static partial Regex ClientIdShown();

    [GeneratedRegex("<code id=\"client-secret\"[^>]*>([^<]+)</code>")]
    private static partial Regex SecretShown();
}
