using Licensing.Api.Tests.Support;
using Licensing.Application.Texts;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Documents;

/// <summary>A licence certificate drawn for a real licence: its labels come from the catalogue and its province is named, not coded.</summary>
public abstract class CertificateNamesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheCertificate_LabelsFromTheCatalogue_AndNamesTheProvince_NotItsCode()
    {
        var licence = await app.WithDbAsync(db => (
            from l in db.Licences
            join a in db.Agencies on l.AgencyId equals a.Id
            join p in db.Provinces on a.HeadOffice.ProvinceCode equals p.Code
            where l.Status == LicenceStatus.Active
            orderby l.Number
            select new { l.Id, Province = p.Name }).FirstAsync(Ct));
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);

        var pdf = await officer.GetByteArrayAsync($"/api/v1/licences/{licence.Id}/certificate", Ct);

        var text = Poppler.Text(pdf);
        Assert.Contains(Catalogue.In("km", Keys.CertificateProvince), text);
        Assert.Contains(Catalogue.In("km", Keys.DocumentKingdom), text);
        Assert.Contains(licence.Province.Km, text);
        Assert.Contains(licence.Province.En, text);
        Assert.DoesNotMatch(@"\bKH-\d+\b", text);
    }
}

public sealed class CertificateNamesTestsOnSqlite(SqliteApp app) : CertificateNamesTests<SqliteApp>(app);

public sealed class CertificateNamesTestsOnPostgres(PostgresApp app) : CertificateNamesTests<PostgresApp>(app);
