using System.Text;
using Licensing.Api.Tests.Support;
using Licensing.Application.Abstractions;
using Licensing.Infrastructure.Documents;

namespace Licensing.Api.Tests.Documents;

public sealed class LicenceCertificatePdfTests
{
    private static readonly LicenceCertificate Sample = new(
        Number: "PRA-2026-0042",
        AgencyNameKm: "ក្រុមហ៊ុន ស្រីពេជ្រ ម៉ែនផៅវើ ឯ.ក",
        AgencyNameEn: "Srey Pich Manpower Co., Ltd.",
        RegistrationNumber: "00012345",
        HeadOfficeAddress: "ផ្ទះលេខ ១២ ផ្លូវ ២៧១ សង្កាត់ទឹកថ្លា ខណ្ឌសែនសុខ",
        ProvinceKm: "រាជធានីភ្នំពេញ",
        ProvinceEn: "Phnom Penh",
        IssuedOn: new DateOnly(2026, 3, 2),
        ExpiresOn: new DateOnly(2028, 3, 1),
        VerificationUrl: "https://licensing.mlvt.gov.kh/verify/PRA-2026-0042");

    private static readonly byte[] Pdf = new LicenceCertificatePdf().Render(Sample);

    [Fact]
    public void TheCertificate_IsAOnePageA4Pdf()
    {
        Assert.Equal("%PDF", Encoding.ASCII.GetString(Pdf, 0, 4));
        var info = Poppler.Info(Pdf);
        Assert.Matches(@"(?m)^Pages:\s+1$", info);
        Assert.Matches(@"(?m)^Page size:.* pts \(A4\)$", info);
        Assert.Matches(@"(?m)^Title:\s+Licence PRA-2026-0042$", info);
    }

    [Fact]
    public void TheKhmerAndEnglishText_CanBeCopiedAndSearched()
    {
        var text = Poppler.Text(Pdf);

        Assert.Contains(Sample.AgencyNameKm, text);
        Assert.Contains(Sample.AgencyNameEn, text);
        Assert.Contains(Sample.Number, text);
        Assert.Contains(Sample.ProvinceKm, text);
        Assert.Contains("ថ្ងៃទី០២ ខែមីនា ឆ្នាំ២០២៦", text);
        Assert.Contains("LICENCE OF A PRIVATE RECRUITMENT AGENCY", text);
        Assert.Contains("Ministry of Labour and Vocational Training", text);
    }

    [Fact]
    public void TheQrCode_EncodesTheVerificationUrl()
    {
        var expected = Poppler.ExpectedQrCode(Sample.VerificationUrl, out var modules);

        Assert.Equal(expected, Poppler.QrCodeModules(Pdf, modules));
    }

    [Fact]
    public void TheQrCode_IsStoredLosslessly()
    {
        var image = Assert.Single(Poppler.Images(Pdf));

        // Columns: page num type width height color comp bpc enc ...; a JPEG would blur the modules.
        Assert.NotEqual("jpeg", image.Split(' ', StringSplitOptions.RemoveEmptyEntries)[8]);
    }

    [Fact]
    public void ManyRequestsAtOnce_GetTheSameDocument()
    {
        var renderer = new LicenceCertificatePdf();
        var documents = new byte[16][];
        // Native memory released by a finalizer once corrupted every later document; make any such finalizer run now.
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Parallel.For(0, documents.Length, i => documents[i] = renderer.Render(Sample));

        Assert.All(documents, document => Assert.Equal(Pdf, document));
    }

    [Fact]
    public void ASample_IsSavedForPeopleToLookAt()
    {
        var path = Path.Combine(Path.GetTempPath(), "licence-certificate-sample.pdf");
        File.WriteAllBytes(path, Pdf);
        TestContext.Current.SendDiagnosticMessage($"Sample licence certificate: {path}");

        Assert.True(new FileInfo(path).Length > 0);
    }
}
