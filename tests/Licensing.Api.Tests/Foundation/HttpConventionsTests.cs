using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Foundation;

public abstract class HttpConventionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    [Fact]
    public async Task EveryNonPublicApiEndpoint_CalledAnonymously_Is401()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();
        Assert.NotEmpty(endpoints);

        using var client = app.CreateClient();
        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
            var path = Concrete(endpoint.RoutePattern.RawText!);
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = ContentItAccepts(endpoint) }, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode} to an anonymous caller");
        }
    }

    [Fact]
    public async Task MalformedJson_IsA400ProblemResponse()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var response = await admin.PostAsync("/api/v1/users", new StringContent("{\"email\": ", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("km", "ត្រូវតែបំពេញ")]
    [InlineData("en", "must not be empty")]
    public async Task ValidationErrors_ListEachFieldInTheRequestedLanguage(string language, string expected)
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator, language: language);
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = "", fullName = "", role = "Administrator", password = "" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var errors = problem.GetProperty("errors");
        Assert.Contains(expected, errors.GetProperty("fullName")[0].GetString());
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task HealthAndOpenApi_ArePublic()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/users", out _));
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    /// <summary>A body of the type the endpoint accepts, so that the answer is about the caller, not the body (a wrong type is 415 for anyone).</summary>
    private static HttpContent ContentItAccepts(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true
            ? new MultipartFormDataContent { { new StringContent("x"), "note" } }
            : JsonContent.Create(new { });

    private static string Concrete(string pattern) => System.Text.RegularExpressions.Regex.Replace(
        pattern, @"\{(\w+)(:[^}]*)?\}", m => m.Groups[2].Value.Contains("guid") ? Guid.NewGuid().ToString() : "x");
}

public sealed class HttpConventionsTestsOnSqlite(SqliteApp app) : HttpConventionsTests<SqliteApp>(app);

public sealed class HttpConventionsTestsOnPostgres(PostgresApp app) : HttpConventionsTests<PostgresApp>(app);
