using System.Text;
using Licensing.Api.Tests.Support;
using Licensing.Application.Abstractions;
using Licensing.Infrastructure.Documents;

namespace Licensing.Api.Tests.Documents;

public sealed class DepartureClearancePdfTests
{
    private static readonly DepartureClearanceDocument Sample = new(
        Number: "DC-2026-000117",
        WorkerNameKm: "សុខ ស្រីមុំ",
        WorkerNameLatin: "SOK SREYMOM",
        PassportNumber: "N01234567",
        AgencyNameKm: "ក្រុមហ៊ុន ស្រីពេជ្រ ម៉ែនផៅវើ ឯ.ក",
        AgencyNameEn: "Srey Pich Manpower Co., Ltd.",
        LicenceNumber: "PRA-2026-0042",
        CountryKm: "ប្រទេសជប៉ុន",
        CountryEn: "Japan",
        SectorKm: "កម្មន្តសាល",
        SectorEn: "Manufacturing",
        EmployerName: "Hokkai Precision Parts K.K.",
        IssuedOn: new DateOnly(2026, 12, 4),
        ValidUntil: new DateOnly(2027, 1, 3),
        VerificationUrl: "https://licensing.mlvt.gov.kh/verify/clearance/DC-2026-000117");

    private static readonly byte[] Pdf = new DepartureClearancePdf().Render(Sample);

    [Fact]
    [Trait("Rule", "R32")]
    public void TheClearance_IsAOnePageA4Pdf()
    {
        Assert.Equal("%PDF", Encoding.ASCII.GetString(Pdf, 0, 4));
        var info = Poppler.Info(Pdf);
        Assert.Matches(@"(?m)^Pages:\s+1$", info);
        Assert.Matches(@"(?m)^Page size:.* pts \(A4\)$", info);
    }

    [Fact]
    [Trait("Rule", "R32")]
    public void ItsParticulars_CanBeCopiedAndSearchedInBothLanguages()
    {
        var text = Poppler.Text(Pdf);

        Assert.Contains("Departure clearance", text);
        Assert.Contains(Sample.Number, text);
        Assert.Contains(Sample.WorkerNameKm, text);
        Assert.Contains(Sample.WorkerNameLatin, text);
        Assert.Contains(Sample.PassportNumber, text);
        Assert.Contains(Sample.AgencyNameKm, text);
        Assert.Contains(Sample.AgencyNameEn, text);
        Assert.Contains(Sample.CountryKm, text);
        Assert.Contains(Sample.EmployerName, text);
        Assert.Contains("3 January 2027", text);
        Assert.Contains("valid only when shown together with the passport", text);
    }

    [Fact]
    [Trait("Rule", "R32")]
    public void TheQrCode_EncodesTheVerificationUrl()
    {
        var expected = Poppler.ExpectedQrCode(Sample.VerificationUrl, out var modules);

        Assert.Equal(expected, Poppler.QrCodeModules(Pdf, modules));
    }

    [Fact]
    public void ASample_IsSavedForPeopleToLookAt()
    {
        var path = Path.Combine(Path.GetTempPath(), "departure-clearance-sample.pdf");
        File.WriteAllBytes(path, Pdf);
        TestContext.Current.SendDiagnosticMessage($"Sample departure clearance: {path}");

        Assert.True(new FileInfo(path).Length > 0);
    }
}
