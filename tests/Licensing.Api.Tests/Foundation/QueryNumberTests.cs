using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Foundation;

/// <summary>
/// Numbers in query strings mean the same for a Khmer caller as for an English one: the API reads them invariantly
/// (the Khmer culture's "." is no thousands separator there), and the pages read them as the forms do.
/// </summary>
public sealed class QueryNumberTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_api_reads_query_numbers_invariantly_for_a_Khmer_caller()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator, language: "km");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/holidays?year=2026", Ct)).StatusCode);
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?page=1&pageSize=3", Ct);
        Assert.Equal(3, page.GetProperty("items").GetArrayLength());

        var grouped = await admin.GetAsync("/api/v1/admin/holidays?year=2.026", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, grouped.StatusCode);
        Assert.Equal("application/problem+json", grouped.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_page_reads_Khmer_digits_and_thousands_separators_in_its_query_string()
    {
        using var officer = await CookieBrowser.SignInAsync(app, DemoLogins.LicensingOfficer, Ct);

        var khmerDigits = await officer.GetStringAsync("/officer/licences?expiringWithinDays=%E1%9F%A3%E1%9F%A0", Ct);
        Assert.Equal("30", FilterValue(khmerDigits));

        var grouped = await officer.GetStringAsync("/officer/licences?expiringWithinDays=1,000", Ct);
        Assert.Equal("1000", FilterValue(grouped));
    }

    /// <summary>The value the page puts back in its "expiring within (days)" filter: what it read from the query string.</summary>
    private static string FilterValue(string page) =>
        Regex.Match(page, "<input[^>]*name=\"expiringWithinDays\"[^>]*value=\"([^\"]*)\"", RegexOptions.IgnoreCase).Groups[1].Value;
}
