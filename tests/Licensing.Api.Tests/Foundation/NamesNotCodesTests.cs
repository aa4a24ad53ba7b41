using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Foundation;

/// <summary>Where a person reads a province, a country or a category, they read its name in their language, not its code.</summary>
public abstract partial class NamesNotCodesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"<dd>[^<]*\(([^()<]+)\)</dd>\s*<dt>")]
    private static partial Regex HeadOffice();

    [Theory]
    [InlineData("en")]
    [InlineData("km")]
    public async Task TheAgencyDashboard_NamesTheHeadOfficesProvince(string culture)
    {
        var names = await app.WithDbAsync(db => db.Provinces.Select(p => culture == "en" ? p.Name.En : p.Name.Km).ToListAsync(Ct));
        using var browser = await CookieBrowser.SignInAsync(app, DemoLogins.AgencyStaff, Ct);

        var page = await browser.GetStringAsync($"/agency?culture={culture}", Ct);

        var headOffice = HeadOffice().Match(page);
        Assert.True(headOffice.Success, "the head office is shown");
        Assert.Contains(headOffice.Groups[1].Value, names);
        Assert.DoesNotContain("KH-", headOffice.Value);
    }

    [Fact]
    public async Task TheUsersList_NamesTheProvinceAndCountryOfEachScope_AndShowsTheLanguage()
    {
        using var browser = await CookieBrowser.SignInAsync(app, DemoLogins.Administrator, Ct);

        var provincial = await browser.GetStringAsync("/admin/users?culture=en&search=pdlvt", Ct);
        var embassy = await browser.GetStringAsync("/admin/users?culture=en&search=embassy.th", Ct);

        Assert.Contains("<td>Battambang</td>", provincial);
        Assert.DoesNotContain("KH-2", provincial);
        Assert.Contains("<td>Thailand</td>", embassy);
        Assert.DoesNotContain("<td>TH</td>", embassy);
        Assert.Contains("<td>ខ្មែរ</td>", embassy);
    }

    [Fact]
    public async Task TheComplaintStatisticsCsv_NamesEachCategoryInKhmerAndEnglish()
    {
        await FiledComplaint.FileAsync(app, null, category: "DocumentsKept");
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);

        var csv = await officer.GetStringAsync("/api/v1/complaints/statistics/export.csv", Ct);

        var row = Assert.Single(csv.Split('\n'), line => line.StartsWith("category,DocumentsKept,", StringComparison.Ordinal)).TrimEnd('\r').Split(',');
        Assert.Equal("លិខិតឆ្លងដែន ឬឯកសារត្រូវបានរក្សាទុក", row[2]);
        Assert.Equal("Passport or documents kept", row[3]);
        Assert.All(csv.Split('\n').Where(l => l.StartsWith("outcome,", StringComparison.Ordinal)), l => Assert.NotEqual(l.Split(',')[1], l.Split(',')[2]));
    }
}

public sealed class NamesNotCodesTestsOnSqlite(SqliteApp app) : NamesNotCodesTests<SqliteApp>(app);

public sealed class NamesNotCodesTestsOnPostgres(PostgresApp app) : NamesNotCodesTests<PostgresApp>(app);
