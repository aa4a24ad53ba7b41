using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Api.Hosting;
using Licensing.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Contract;

/// <summary>Issue 21, observations 3 and 4: no input makes the API answer 5xx or cut a download short; wrong bodies get plain 415/400 problems.</summary>
public abstract partial class ExtremeInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] ExtremeValues =
        [$"{int.MinValue}", "-1", "0", $"{int.MaxValue}", "99999999999", "9999-12-31", "0001-01-01", "garbage", new string('x', 300), ""];

    [Fact]
    public async Task EveryGetEndpoint_WithExtremeValuesInEachParameter_NeverAnswers5xxNorCutsItsBodyShort()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .ToList();
        Assert.True(endpoints.Count > 50, $"only {endpoints.Count} GET endpoints found");

        var failures = new List<string>();
        var asked = 0;
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern;
            var parameters = ParameterRanges.Bound(endpoint.Metadata.GetMetadata<MethodInfo>()!).Select(p => p.Name).Distinct().ToList();
            foreach (var name in parameters)
            {
                var inRoute = pattern.Parameters.Any(p => p.Name == name);
                if (inRoute && pattern.Parameters.First(p => p.Name == name).ParameterPolicies.Count > 0) continue; // a constrained route value ({id:guid}) does not match otherwise
                foreach (var value in ExtremeValues.Where(v => !inRoute || v.Length > 0))
                {
                    var path = Concrete(pattern.RawText!, inRoute ? name : null, value);
                    if (!inRoute) path += $"?{name}={Uri.EscapeDataString(value)}";
                    asked++;
                    if (await FailureAsync(admin, path) is { } failure) failures.Add(failure);
                }
            }
        }
        Assert.True(asked > 200, $"only {asked} requests were made");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/api/v1/disappearances/statistics?year=-1", "year", "2000", "2100")]
    [InlineData("/api/v1/disappearances/statistics?year=0", "year", "2000", "2100")]
    [InlineData("/api/v1/disappearances/statistics?year=10000", "year", "2000", "2100")]
    [InlineData("/api/v1/inspections/statistics?year=0", "year", "2000", "2100")]
    [InlineData("/api/v1/inspections/statistics.csv?year=0", "year", "2000", "2100")]
    [InlineData("/api/v1/complaints/statistics?to=9999-12-31", "to", "2000-01-01", "2100-12-31")]
    [InlineData("/api/v1/complaints/statistics/export.csv?to=9999-12-31", "to", "2000-01-01", "2100-12-31")]
    [InlineData("/api/v1/licences?expiringWithinDays=2147483647", "expiringWithinDays", "0", "3650")]
    [InlineData("/api/v1/licences/export.csv?expiringWithinDays=2147483647", "expiringWithinDays", "0", "3650")]
    [InlineData("/api/v1/licences?pageSize=201", "pageSize", "1", "200")]
    [InlineData("/api/v1/workers?page=2147483647", "page", "1", "100000")]
    public async Task AnOutOfRangeValue_IsA400ProblemNamingTheParameterAndItsRange(string path, string parameter, string lowest, string highest)
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator, language: "en");
        var response = await admin.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("out_of_range", problem.GetProperty("code").GetString());
        var message = problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.Contains($"'{parameter}'", message);
        Assert.Contains($"from {lowest} to {highest}", message);
    }

    [Fact]
    public async Task AgencyStaff_AskingForLicencesExpiringInTwoBillionDays_GetA400InKhmer()
    {
        using var staff = await app.ClientForAsync(DemoLogins.AgencyStaff, language: "km");
        var response = await staff.GetAsync("/api/v1/licences?expiringWithinDays=2147483647", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("ចំនួនគត់ពី 0 ដល់ 3650", problem.GetProperty("errors").GetProperty("expiringWithinDays")[0].GetString());
    }

    [Fact]
    public async Task TheLicenceExport_InRange_IsAWholeCsv()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var response = await officer.GetAsync("/api/v1/licences/export.csv?expiringWithinDays=3650", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\uFEFFnumber,agency_km", lines[0]);
        Assert.True(lines.Length > 1, "the demo data's licences are missing");
    }

    [Theory]
    [InlineData("/api/v1/public/complaints")]
    [InlineData("/api/v1/public/disappearances")]
    [InlineData("/api/v1/public/complaints/track")]
    public async Task AWrongContentType_OnAPublicEndpoint_Is415_NotSignInFirst(string path)
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsync(path, new StringContent("code=1", Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("text/plain", body);
        Assert.DoesNotContain("Sign in", body);
    }

    [Fact]
    public async Task AWrongContentType_FromASignedInUser_Is415()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var response = await admin.PostAsync("/api/v1/users", new StringContent("<user/>", Encoding.UTF8, "application/xml"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("en", "The request body is not the JSON this address expects")]
    [InlineData("km", "តួសំណើមិនមែនជា JSON")]
    public async Task MalformedJson_IsExplainedInPlainWords_WithoutNamingInternalTypes(string language, string expected)
    {
        using var anonymous = app.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await anonymous.PostAsync("/api/v1/public/complaints", new StringContent("{\"agencyId\": ", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        Assert.Contains(expected, detail);
        Assert.DoesNotContain("Command", detail);
        Assert.DoesNotContain("parameter", detail);
    }

    [Fact]
    public async Task AnUnreadableValue_NamesTheParameter_NotItsType()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator, language: "en");
        var response = await admin.GetAsync("/api/v1/sanctions?agencyId=garbage", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        Assert.Equal("The value given for 'agencyId' could not be read.", detail);
    }

    [Fact]
    public async Task TheApiDescription_StatesEachParameterRange()
    {
        using var anonymous = app.CreateClient();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var year = Parameter(document, "/api/v1/disappearances/statistics", "year");
        Assert.Contains("2000 to 2100", year.GetProperty("description").GetString());
        Assert.Equal("2000", year.GetProperty("schema").GetProperty("minimum").ToString());
        Assert.Equal("2100", year.GetProperty("schema").GetProperty("maximum").ToString());
        Assert.Contains("2100-12-31", Parameter(document, "/api/v1/complaints/statistics", "to").GetProperty("description").GetString());
        Assert.Contains("0 to 3650", Parameter(document, "/api/v1/licences", "expiringWithinDays").GetProperty("description").GetString());
    }

    private static JsonElement Parameter(JsonElement document, string path, string name) =>
        document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => string.Equals(p.GetProperty("name").GetString(), name, StringComparison.OrdinalIgnoreCase));

    private static async Task<string?> FailureAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        try
        {
            using var response = await client.SendAsync(request, Ct);
            var body = await response.Content.ReadAsByteArrayAsync(Ct);
            if ((int)response.StatusCode >= 500) return $"GET {path} answered {(int)response.StatusCode}";
            if (response.Content.Headers.ContentLength is { } length && length != body.Length) return $"GET {path} sent {body.Length} of {length} bytes";
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return $"GET {path} was cut off: {e.Message}";
        }
    }

    private static string Concrete(string pattern, string? replaced, string value) => RouteParameter().Replace(pattern, m =>
        m.Groups[1].Value == replaced ? Uri.EscapeDataString(value)
        : m.Groups[2].Value.Contains("guid") ? Guid.NewGuid().ToString() : "x");

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}

public sealed class ExtremeInputTestsOnSqlite(SqliteApp app) : ExtremeInputTests<SqliteApp>(app);

public sealed class ExtremeInputTestsOnPostgres(PostgresApp app) : ExtremeInputTests<PostgresApp>(app);
