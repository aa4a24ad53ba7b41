using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Contract;

/// <summary>
/// The published API description is the contract: every GET, called as anonymous and as each demo role on the demo
/// data, answers a status the document lists, in a media type it lists, with a body its schema accepts.
/// </summary>
public sealed partial class ApiContractTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryGet_AsEveryRole_AnswersAsTheDocumentSays()
    {
        var document = await DocumentAsync();
        var check = new OpenApiSchemaCheck(document);
        var gets = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _))
            .Select(p => (Template: p.Name, Operation: p.Value.GetProperty("get")))
            .ToList();
        var mismatches = new List<string>();
        var validatedBodies = 0;

        foreach (var (role, client) in await ClientsAsync())
        {
            var resolver = new PathResolver(client);
            foreach (var (template, operation) in gets)
            {
                var path = await resolver.ResolveAsync(template) + RequiredQuery(operation);
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, Ct);
                var found = await MismatchesAsync(check, document, operation, response);
                if (found is null) validatedBodies++;
                else mismatches.AddRange(found.Select(m => $"{role} GET {path} → {(int)response.StatusCode}: {m}"));
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(60)) + $"\n({mismatches.Count} mismatches)");
        Assert.True(gets.Count > 50, $"only {gets.Count} GET operations documented");
        Assert.True(validatedBodies > gets.Count * 4, $"only {validatedBodies} JSON bodies validated");
    }

    [Fact]
    public async Task SchemaCheck_RefusesABodyOfAnotherSchema()
    {
        var document = await DocumentAsync();
        var client = await app.ClientForAsync(DemoLogins.Administrator);
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/v1/agencies", Ct);
        var check = new OpenApiSchemaCheck(document);

        Assert.Empty(check.Mismatches(agencies, Ref("PageOfListAgenciesItem")));
        Assert.NotEmpty(check.Mismatches(agencies, Ref("PageOfListUsersUserSummary")));
        Assert.NotEmpty(check.Mismatches(agencies.GetProperty("items")[0], Ref("GetAgencyDetail")));
    }

    [Fact]
    public async Task Document_NamesEachUseCasesSchemas_AndDescribesSecurityAndProblems()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        Assert.DoesNotContain(schemas, name => name is "Command" or "Item" or "Detail" or "Query" || !SchemaName().IsMatch(name));
        var registerAgency = document.GetProperty("paths").GetProperty("/api/v1/agencies").GetProperty("post");
        Assert.Equal("#/components/schemas/RegisterAgencyCommand",
            registerAgency.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var registerWorker = document.GetProperty("paths").GetProperty("/api/v1/workers").GetProperty("post");
        Assert.Equal("#/components/schemas/RegisterWorkerCommand",
            registerWorker.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());

        Assert.DoesNotContain(document.GetProperty("servers").EnumerateArray(), s => s.GetProperty("url").GetString()!.EndsWith('/'));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("Unauthorized", ResponseName(registerAgency, "401"));
        Assert.Equal("Forbidden", ResponseName(registerAgency, "403"));
        Assert.Equal("UnprocessableEntity", ResponseName(registerAgency, "422"));
        Assert.Equal("UnsupportedMediaType", ResponseName(registerAgency, "415"));
        Assert.True(registerAgency.GetProperty("security")[0].TryGetProperty("bearer", out _));
        var publicComplaint = document.GetProperty("paths").GetProperty("/api/v1/public/complaints").GetProperty("post");
        Assert.Equal("TooManyRequests", ResponseName(publicComplaint, "429"));
        Assert.Empty(publicComplaint.GetProperty("security")[0].EnumerateObject());

        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value).ToList();
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.GetProperty("summary").GetString())));
        Assert.Equal(operations.Count, operations.Select(o => o.GetProperty("operationId").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Document_IsReadableWithoutSigningIn_AndTheEndpointsStayProtected()
    {
        using var anonymous = app.CreateClient();

        using var document = await anonymous.GetAsync("/openapi/v1.json", Ct);
        using var docs = await anonymous.GetAsync("/docs", Ct);
        using var agencies = await anonymous.GetAsync("/api/v1/agencies", Ct);
        using var workers = await anonymous.GetAsync("/api/v1/workers", Ct);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("swagger", await docs.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, agencies.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, workers.StatusCode);
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var anonymous = app.CreateClient();
        return await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
    }

    private async Task<List<(string Role, HttpClient Client)>> ClientsAsync()
    {
        var clients = new List<(string, HttpClient)> { ("anonymous", app.CreateClient()) };
        foreach (var login in DemoLogins.All) clients.Add((login, await app.ClientForAsync(login)));
        return clients;
    }

    /// <summary>Null when the response is as documented and its body was checked; else what differs (empty: as documented, nothing to check).</summary>
    private static async Task<List<string>?> MismatchesAsync(OpenApiSchemaCheck check, JsonElement document, JsonElement operation, HttpResponseMessage response)
    {
        var status = ((int)response.StatusCode).ToString();
        if (!operation.GetProperty("responses").TryGetProperty(status, out var documented)) return ["status not documented"];
        documented = ResolveResponse(document, documented);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null) return documented.TryGetProperty("content", out _) && response.StatusCode != HttpStatusCode.NoContent ? ["no body, one documented"] : [];
        if (!documented.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var media)) return [$"media type {mediaType} not documented"];
        if (!mediaType.EndsWith("json", StringComparison.Ordinal)) return [];
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var found = check.Mismatches(body, media.GetProperty("schema")).Take(5).ToList();
        return found.Count == 0 ? null : found;
    }

    private static JsonElement ResolveResponse(JsonElement document, JsonElement response) =>
        response.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("responses").GetProperty(reference.GetString()!.Split('/')[^1])
            : response;

    private static string ResponseName(JsonElement operation, string status) =>
        operation.GetProperty("responses").GetProperty(status).GetProperty("$ref").GetString()!.Split('/')[^1];

    /// <summary>A value within range for each required query parameter: this year for a year, else the minimum.</summary>
    private static string RequiredQuery(JsonElement operation)
    {
        if (!operation.TryGetProperty("parameters", out var parameters)) return "";
        var required = parameters.EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("required", out var r) && r.GetBoolean())
            .Select(p => (Name: p.GetProperty("name").GetString()!, Schema: p.GetProperty("schema")))
            .Select(p => $"{p.Name}={(p.Name.Contains("year", StringComparison.OrdinalIgnoreCase) ? DateTime.UtcNow.Year.ToString() : p.Schema.TryGetProperty("minimum", out var min) ? min.ToString() : "1")}")
            .ToList();
        return required.Count == 0 ? "" : "?" + string.Join('&', required);
    }

    private static JsonElement Ref(string schema) => JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["$ref"] = $"#/components/schemas/{schema}" });

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex SchemaName();
}
