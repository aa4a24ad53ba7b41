using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Security;

/// <summary>
/// Every endpoint of the OpenAPI document, called by an anonymous client and by each role, must
/// be allowed or denied exactly as AuthorizationMatrix.md says. A new endpoint without a row
/// fails this test. Set LICENSING_WRITE_MATRIX=1 to rewrite the table from what the API does,
/// then read the diff before committing it.
/// </summary>
public sealed partial class AuthorizationMatrixTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] Columns =
        ["Anonymous", "Administrator", "LicensingOfficer", "Inspector", "EvaluationPanelMember", "AgencyStaff", "ProvincialOfficer", "EmbassyOfficer", "InteriorOfficer"];

    private static readonly Dictionary<string, string> Logins = new()
    {
        ["Administrator"] = DemoLogins.Administrator, ["LicensingOfficer"] = DemoLogins.LicensingOfficer, ["Inspector"] = DemoLogins.Inspector,
        ["EvaluationPanelMember"] = DemoLogins.PanelMember, ["AgencyStaff"] = DemoLogins.AgencyStaff, ["ProvincialOfficer"] = DemoLogins.ProvincialOfficer,
        ["EmbassyOfficer"] = DemoLogins.EmbassyOfficer, ["InteriorOfficer"] = DemoLogins.InteriorOfficer,
    };

    [Fact]
    [Trait("Rule", "R1")]
    public async Task EveryEndpointAndRole_IsAllowedOrDeniedAsTheMatrixSays()
    {
        var endpoints = await EndpointsAsync();
        var observed = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        var clients = new Dictionary<string, HttpClient> { ["Anonymous"] = app.CreateClient() };
        foreach (var (role, login) in Logins) clients[role] = await app.ClientForAsync(login);

        foreach (var endpoint in endpoints)
        {
            var row = new string[Columns.Length];
            for (var i = 0; i < Columns.Length; i++) row[i] = await ProbeAsync(clients[Columns[i]], endpoint);
            observed[endpoint] = row;
        }

        if (Environment.GetEnvironmentVariable("LICENSING_WRITE_MATRIX") == "1")
        {
            await File.WriteAllTextAsync(MatrixPath(), Render(observed), TestContext.Current.CancellationToken);
        }
        var expected = Parse(await File.ReadAllTextAsync(MatrixPath(), TestContext.Current.CancellationToken));
        var problems = observed.Where(o => !expected.ContainsKey(o.Key)).Select(o => $"missing row: {o.Key}")
            .Concat(expected.Keys.Where(k => !observed.ContainsKey(k)).Select(k => $"row for an endpoint that no longer exists: {k}"))
            .Concat(observed.Where(o => expected.TryGetValue(o.Key, out var e) && !e.SequenceEqual(o.Value))
                .Select(o => $"{o.Key}: expected {string.Join(",", expected[o.Key])}, got {string.Join(",", o.Value)}"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(observed.Count > 50, $"only {observed.Count} endpoints found");
    }

    private async Task<List<string>> EndpointsAsync()
    {
        using var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .Where(e => e.Contains(" /api/v1/"))
            .ToList();
    }

    /// <summary>"deny" when the authorization layer refused (a problem with code unauthenticated or forbidden), else "allow".</summary>
    private static async Task<string> ProbeAsync(HttpClient client, string endpoint)
    {
        var parts = endpoint.Split(' ', 2);
        var path = Placeholder().Replace(parts[1], m => m.Value.Contains("id", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString() : "x");
        var response = await SendAsync(client, parts[0], path, JsonContent.Create(new { }));
        if (response.StatusCode == System.Net.HttpStatusCode.UnsupportedMediaType)
        {
            response.Dispose();
            response = await SendAsync(client, parts[0], path, new MultipartFormDataContent { { new StringContent("x"), "probe" } });
        }
        using var _ = response;
        if ((int)response.StatusCode is not (401 or 403)) return "allow";
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return body.Contains("\"unauthenticated\"") || body.Contains("\"forbidden\"") ? "deny" : "allow";
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, HttpContent body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH") request.Content = body;
        // Headers only: an event stream answers 200 at once and never ends.
        return client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
    }

    private static string Render(SortedDictionary<string, string[]> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("# Authorization matrix");
        text.AppendLine();
        text.AppendLine("Who may call each API endpoint. `allow` means the authorization layer lets the call through (the");
        text.AppendLine("handler may still answer 404 for a record outside the caller's scope); `deny` means 401 for an");
        text.AppendLine("anonymous caller and 403 for a signed-in one. Checked by `AuthorizationMatrixTests`.");
        text.AppendLine();
        text.AppendLine($"| Endpoint | {string.Join(" | ", Columns)} |");
        text.AppendLine($"|---|{string.Concat(Columns.Select(_ => "---|"))}");
        foreach (var (endpoint, row) in rows) text.AppendLine($"| `{endpoint}` | {string.Join(" | ", row)} |");
        return text.ToString();
    }

    private static Dictionary<string, string[]> Parse(string markdown) => markdown.Split('\n')
        .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
        .Select(line => line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(cells => cells[0].Trim('`'), cells => cells[1..]);

    private static string MatrixPath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "AuthorizationMatrix.md");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
