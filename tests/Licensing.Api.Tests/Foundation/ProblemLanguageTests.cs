using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Foundation;

/// <summary>
/// A problem response's title and detail are worded from the catalogue in the language the client asks for
/// (Accept-Language), for a broken rule and for a validation failure alike; the code stays the same.
/// </summary>
public abstract class ProblemLanguageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABrokenRule_IsWordedInKhmer_OrInEnglish_AsAsked()
    {
        var holiday = new { date = "2031-02-03", nameKm = "ថ្ងៃសាកល្បង", nameEn = "Test day" };
        using var english = await app.ClientForAsync(DemoLogins.Administrator, language: "en");
        using var khmer = await app.ClientForAsync(DemoLogins.Administrator, language: "km");
        Assert.Equal(HttpStatusCode.Created, (await english.PostAsJsonAsync("/api/v1/admin/holidays", holiday, Ct)).StatusCode);

        var inEnglish = await ProblemAsync(await english.PostAsJsonAsync("/api/v1/admin/holidays", holiday, Ct), HttpStatusCode.Conflict);
        var inKhmer = await ProblemAsync(await khmer.PostAsJsonAsync("/api/v1/admin/holidays", holiday, Ct), HttpStatusCode.Conflict);

        Assert.Equal(("The request conflicts with the record's state", "2031-02-03 is already a public holiday.", "holiday_exists"), inEnglish);
        Assert.Equal(("សំណើនេះផ្ទុយនឹងស្ថានភាពបច្ចុប្បន្ននៃកំណត់ត្រា", "ថ្ងៃទី 2031-02-03 ជាថ្ងៃឈប់សម្រាករួចហើយ។", "holiday_exists"), inKhmer);
    }

    [Fact]
    public async Task AValidationFailure_IsWordedInKhmer_OrInEnglish_AsAsked()
    {
        var unnamed = new { date = "2031-02-04", nameKm = "", nameEn = "Test day" };
        using var english = await app.ClientForAsync(DemoLogins.Administrator, language: "en");
        using var khmer = await app.ClientForAsync(DemoLogins.Administrator, language: "km");

        var inEnglish = await ProblemAsync(await english.PostAsJsonAsync("/api/v1/admin/holidays", unnamed, Ct), HttpStatusCode.BadRequest);
        var inKhmer = await ProblemAsync(await khmer.PostAsJsonAsync("/api/v1/admin/holidays", unnamed, Ct), HttpStatusCode.BadRequest);

        Assert.Equal(("One or more validation errors occurred.", "'Name in Khmer' must not be empty."), (inEnglish.Title, inEnglish.Detail));
        Assert.Equal(("មានកំហុសមួយ ឬច្រើនក្នុងទិន្នន័យដែលបានបញ្ចូល។", "'ឈ្មោះជាភាសាខ្មែរ' ត្រូវតែបំពេញ។"), (inKhmer.Title, inKhmer.Detail));
    }

    private static async Task<(string? Title, string? Detail, string? Code)> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var code = problem.TryGetProperty("code", out var c) ? c.GetString() : null;
        return (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString(), code);
    }
}

public sealed class ProblemLanguageTestsOnSqlite(SqliteApp app) : ProblemLanguageTests<SqliteApp>(app);

public sealed class ProblemLanguageTestsOnPostgres(PostgresApp app) : ProblemLanguageTests<PostgresApp>(app);
