using System.Text;
using CsvHelper;
using Licensing.Api.Tests.Support;
using Licensing.Application.Texts;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Foundation;

/// <summary>
/// Each CSV export's header row is in the reader's language, from the catalogue; every code a person reads in it has its
/// name beside it in Khmer and in English, whatever the language of the header.
/// </summary>
public abstract class CsvHeaderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => global::Licensing.Domain.Calendar.PhnomPenh.DateOf(DateTimeOffset.UtcNow);

    [Theory]
    [InlineData("km", "កូដរាជធានី/ខេត្ត", "រាជធានី/ខេត្ត (ខ្មែរ)", "ស្ថានភាព (អង់គ្លេស)")]
    [InlineData("en", "province", "province_km", "status_en")]
    public async Task TheLicenceRegister_NamesProvinceAndStatus_InBothLanguages(string language, string code, string khmerName, string englishStatus)
    {
        var provinces = await app.WithDbAsync(db => db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name, Ct));

        var (header, rows) = await ExportAsync(DemoLogins.LicensingOfficer, "/api/v1/licences/export.csv?status=Active", language);

        Assert.Equal(Header(language, Keys.CsvNumber, Keys.CsvAgencyKm, Keys.CsvAgencyEn, Keys.CsvRegistrationNumber, Keys.CsvProvince, Keys.CsvProvinceKm,
            Keys.CsvProvinceEn, Keys.CsvStatus, Keys.CsvStatusKm, Keys.CsvStatusEn, Keys.CsvIssuedOn, Keys.CsvExpiresOn, Keys.CsvRenewalPending), header);
        var (province, km, en, status) = (Array.IndexOf(header, code), Array.IndexOf(header, khmerName), Array.IndexOf(header, khmerName) + 1, Array.IndexOf(header, englishStatus));
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal((provinces[row[province]].Km, provinces[row[province]].En), (row[km], row[en])));
        Assert.All(rows, row => Assert.Equal(("Active", "សកម្ម", "Active"), (row[status - 2], row[status - 1], row[status])));
    }

    [Theory]
    [InlineData("km", "ឈ្មោះ (ខ្មែរ)")]
    [InlineData("en", "name_km")]
    public async Task TheComplaintStatistics_NameEachCategory_InBothLanguages(string language, string khmerName)
    {
        await FiledComplaint.FileAsync(app, null, category: "DocumentsKept");

        var (header, rows) = await ExportAsync(DemoLogins.LicensingOfficer, "/api/v1/complaints/statistics/export.csv", language);

        Assert.Equal(Header(language, Keys.CsvDimension, Keys.CsvKey, Keys.CsvNameKm, Keys.CsvNameEn, Keys.CsvComplaints, Keys.CsvDeployedWorkers, Keys.CsvPer100Deployed), header);
        var km = Array.IndexOf(header, khmerName);
        var category = Assert.Single(rows, row => row[0] == "category" && row[1] == "DocumentsKept");
        Assert.Equal(("លិខិតឆ្លងដែន ឬឯកសារត្រូវបានរក្សាទុក", "Passport or documents kept"), (category[km], category[km + 1]));
    }

    [Theory]
    [InlineData("km", "កូដប្រទេស", "ឈ្មោះ (ខ្មែរ)")]
    [InlineData("en", "country", "name_km")]
    public async Task TheWorkerStatistics_NameEachCountry_InBothLanguages(string language, string code, string khmerName)
    {
        var countries = await app.WithDbAsync(db => db.Countries.ToDictionaryAsync(c => c.Code, c => c.Name, Ct));

        var (header, rows) = await ExportAsync(DemoLogins.LicensingOfficer, "/api/v1/worker-statistics/export.csv?groupBy=Country", language);

        Assert.Equal(Header(language, Keys.CsvCountry, Keys.CsvLabel, Keys.CsvDeployments, Keys.CsvReturns, Keys.CsvRepatriations, Keys.CsvNameKm, Keys.CsvNameEn), header);
        var (key, km) = (Array.IndexOf(header, code), Array.IndexOf(header, khmerName));
        var countryRows = rows.Where(row => row[key] != "").ToList();
        Assert.NotEmpty(countryRows);
        Assert.All(countryRows, row => Assert.Equal((countries[row[key]].Km, countries[row[key]].En), (row[km], row[km + 1])));
        Assert.Equal(("សរុប", "Total"), (rows[^1][km], rows[^1][km + 1]));
    }

    [Theory]
    [InlineData("km", "ឈ្មោះ (ខ្មែរ)")]
    [InlineData("en", "name_km")]
    public async Task TheInspectionStatistics_NameEachProvinceAndChecklistItem_InBothLanguages(string language, string khmerName)
    {
        var provinces = await app.WithDbAsync(db => db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name, Ct));
        var items = await app.WithDbAsync(async db => (await db.ChecklistItems.ToListAsync(Ct)).GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.MaxBy(i => i.TemplateVersion)!.Text));

        var rows = new List<string[]>();
        foreach (var year in new[] { Today.Year - 1, Today.Year })
        {
            var (header, ofYear) = await ExportAsync(DemoLogins.LicensingOfficer, $"/api/v1/inspections/statistics.csv?year={year}", language);
            Assert.Equal(Header(language, Keys.CsvSection, Keys.CsvKey, Keys.CsvNameKm, Keys.CsvNameEn, Keys.CsvInspections, Keys.CsvDone, Keys.CsvOverdue,
                Keys.CsvFindings, Keys.CsvMinor, Keys.CsvMajor, Keys.CsvCritical), header);
            Assert.Equal(2, Array.IndexOf(header, khmerName));
            rows.AddRange(ofYear);
        }

        Assert.Contains(rows, row => row[0] == "province");
        Assert.Contains(rows, row => row[0] == "checklist-item");
        Assert.All(rows.Where(row => row[0] == "province"), row => Assert.Equal((provinces[row[1]].Km, provinces[row[1]].En), (row[2], row[3])));
        Assert.All(rows.Where(row => row[0] == "checklist-item"), row => Assert.Equal((items[row[1]].Km, items[row[1]].En), (row[2], row[3])));
    }

    private static string[] Header(string language, params string[] keys) => [.. keys.Select(key => Catalogue.In(language, key))];

    /// <summary>The export as its header and rows, read by a CSV reader: names may hold commas and quotes.</summary>
    private async Task<(string[] Header, List<string[]> Rows)> ExportAsync(string login, string path, string language)
    {
        using var client = await app.ClientForAsync(login, language: language);
        var bytes = await client.GetByteArrayAsync(path, Ct);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        using var content = new MemoryStream(bytes[3..]);
        await using var csv = CsvReader.Create(content, new CsvReaderOptions { HasHeader = false }, leaveOpen: true);
        var rows = new List<string[]>();
        while (await csv.ReadAsync(Ct)) rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i))]);
        return (rows[0], rows[1..]);
    }
}

public sealed class CsvHeaderTestsOnSqlite(SqliteApp app) : CsvHeaderTests<SqliteApp>(app);

public sealed class CsvHeaderTestsOnPostgres(PostgresApp app) : CsvHeaderTests<PostgresApp>(app);
