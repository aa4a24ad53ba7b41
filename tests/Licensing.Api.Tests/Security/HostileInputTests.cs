using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Security;

/// <summary>
/// Every write endpoint of the OpenAPI document, sent malformed and hostile bodies by users who
/// may call it: the answer is always a 4xx problem response, never a 500.
/// </summary>
public sealed partial class HostileInputTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string Huge = new('A', 200_000);

    private static readonly string[] Bodies =
    [
        "{\"email\": ",
        "[]",
        "\"just a string\"",
        "{\"year\": \"not a number\", \"kind\": 12345, \"date\": \"2026-13-45\", \"until\": \"yesterday\"}",
        "{\"year\": 99999999999, \"capacity\": -1, \"financialGuaranteeUsd\": 1e400, \"order\": -2147483649}",
        "{\"name\": \"" + Huge + "\", \"reason\": \"" + Huge + "\", \"message\": \"" + Huge + "\"}",
        "{\"reason\": \"'; DROP TABLE \\\"Licences\\\"; --\", \"message\": \"<script>alert(1)</script>\", \"nameEn\": \"\\ud800\"}",
        "{\"findings\": [{\"itemCode\": null, \"severity\": \"Catastrophic\"}], \"inspectorIds\": [\"not-a-guid\"], \"date\": null}",
        Deep(200),
    ];

    [Fact]
    public async Task WriteEndpoints_AnswerHostileBodiesWithAProblem_NeverA500()
    {
        using var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var writes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Method: m.Name.ToUpperInvariant(), Path: p.Name)))
            .Where(e => e.Method is "POST" or "PUT" or "PATCH" && e.Path.StartsWith("/api/v1/", StringComparison.Ordinal) && !e.Path.EndsWith("/auth/login", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(writes);

        var callers = new[] { await app.ClientForAsync(DemoLogins.Administrator), await app.ClientForAsync(DemoLogins.AgencyStaff), await app.ClientForAsync(DemoLogins.Inspector) };
        var failures = new List<string>();
        var existingId = await app.WithDbAsync(db => Task.FromResult(db.Agencies.Select(a => a.Id).First()));
        foreach (var (method, path) in writes)
        {
            var concrete = Placeholder().Replace(path, m => m.Value.Contains("id", StringComparison.OrdinalIgnoreCase) ? existingId.ToString() : "x");
            foreach (var caller in callers)
            {
                foreach (var body in Bodies)
                {
                    var response = await caller.SendAsync(new HttpRequestMessage(new HttpMethod(method), concrete)
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    }, TestContext.Current.CancellationToken);
                    if ((int)response.StatusCode >= 500 || (int)response.StatusCode < 400 && response.StatusCode != HttpStatusCode.NoContent && (int)response.StatusCode >= 300)
                    {
                        failures.Add($"{method} {concrete} -> {(int)response.StatusCode} for body {body[..Math.Min(body.Length, 60)]}");
                    }
                    else if ((int)response.StatusCode >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        failures.Add($"{method} {concrete} -> {(int)response.StatusCode} without a problem body");
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures.Distinct().Take(40)));
    }

    private static string Deep(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
