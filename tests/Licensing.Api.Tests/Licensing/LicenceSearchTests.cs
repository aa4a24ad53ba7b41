using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Licensing;

/// <summary>
/// The licence register and the public search find a licence by its number as people type it: whole or in part, in
/// Khmer digits, in lower case, with spaces; and the public search pages its matches and says how many there are.
/// </summary>
public abstract class LicenceSearchTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("whole")]
    [InlineData("khmer digits")]
    [InlineData("lower case part")]
    [InlineData("spaces")]
    [InlineData("sequence only")]
    public async Task The_register_finds_a_licence_by_its_number(string typed)
    {
        var number = await DemoLicences.ActiveNumberAsync(app);
        var search = As(typed, number);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);

        var register = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/licences?search={Uri.EscapeDataString(search)}&pageSize=200", Ct);
        Assert.Contains(number, Numbers(register));

        using var browser = await CookieBrowser.SignInAsync(app, DemoLogins.LicensingOfficer, Ct);
        var page = await browser.GetStringAsync($"/officer/licences?search={Uri.EscapeDataString(search)}", Ct);
        Assert.Contains($">{number}</a>", page);

        using var anonymous = app.CreateClient();
        var found = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences?query={Uri.EscapeDataString(search)}", Ct);
        Assert.Contains(number, Numbers(found));
    }

    [Fact]
    public async Task The_public_search_pages_its_matches_with_the_total()
    {
        var held = await app.WithDbAsync(db => db.Licences.CountAsync(l => l.Number.StartsWith(NumberSeries.Licence.Prefix), Ct));
        Assert.True(held > 40, $"the demo data holds {held} licences; the test needs more than two pages");
        using var anonymous = app.CreateClient();

        var first = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/public/licences?query=PRA", Ct);
        var second = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/public/licences?query=PRA&page=2", Ct);
        var beyond = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences?query=PRA&page={held / 20 + 2}", Ct);

        Assert.Equal((held, 1, 20, 20), Shape(first));
        Assert.Equal((held, 2, 20, 20), Shape(second));
        Assert.Equal((held, held / 20 + 2, 20, 0), Shape(beyond));
        Assert.Empty(Numbers(first).Intersect(Numbers(second)));
    }

    private static (int Total, int PageNumber, int PageSize, int Items) Shape(JsonElement page) =>
        (page.GetProperty("total").GetInt32(), page.GetProperty("pageNumber").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("items").GetArrayLength());

    private static List<string> Numbers(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToList();

    private static string As(string typed, string number) => typed switch
    {
        "whole" => number,
        "khmer digits" => $"PRA-{BilingualDate.KhmerDigits(number[4..8])}-{BilingualDate.KhmerDigits(number[9..])}",
        "lower case part" => number[..8].ToLowerInvariant() + "-" + number[9..11],
        "spaces" => number.Replace('-', ' '),
        "sequence only" => number[^4..],
        _ => throw new ArgumentOutOfRangeException(nameof(typed)),
    };
}

public sealed class LicenceSearchTestsOnSqlite(SqliteApp app) : LicenceSearchTests<SqliteApp>(app);

public sealed class LicenceSearchTestsOnPostgres(PostgresApp app) : LicenceSearchTests<PostgresApp>(app);
