using System.Text;
using Licensing.Application.Abstractions;
using Licensing.Infrastructure.Documents;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using QRCoder;

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
        var document = Open();
        var page = Assert.Single(document.Pages.Cast<PdfPage>());
        Assert.Equal(595, page.Width.Point, tolerance: 1);
        Assert.Equal(842, page.Height.Point, tolerance: 1);
    }

    [Fact]
    public void TheLicenceNumber_IsWrittenAsText()
    {
        var content = Encoding.Latin1.GetString(Open().Pages[0].Contents.CreateSingleContent().Stream.UnfilteredValue);

        Assert.Contains($"({Sample.Number}) Tj", content);
    }

    [Fact]
    public void TheQrCode_EncodesTheVerificationUrl()
    {
        var image = Assert.Single(Images(Open().Pages[0]));
        using var generator = new QRCodeGenerator();
        using var expected = generator.CreateQrCode(Sample.VerificationUrl, QRCodeGenerator.ECCLevel.M);

        Assert.Equal(ToText(expected.ModuleMatrix.Select(row => row.Cast<bool>().ToArray()).ToArray()), ToText(ModulesOf(image, expected.ModuleMatrix.Count)));
    }

    [Fact]
    public void ASample_IsSavedForPeopleToLookAt()
    {
        var path = Path.Combine(Path.GetTempPath(), "licence-certificate-sample.pdf");
        File.WriteAllBytes(path, Pdf);
        TestContext.Current.SendDiagnosticMessage($"Sample licence certificate: {path}");

        Assert.True(new FileInfo(path).Length > 0);
    }

    private static PdfDocument Open() => PdfReader.Open(new MemoryStream(Pdf), PdfDocumentOpenMode.Import);

    private static IEnumerable<PdfDictionary> Images(PdfPage page) =>
        page.Resources.Elements.GetDictionary("/XObject")!.Elements.Values
            .Select(reference => (PdfDictionary)((PdfReference)reference!).Value)
            .Where(xObject => xObject.Elements.GetName("/Subtype") == "/Image");

    /// <summary>Reads the dark and light modules back from the image's pixels, sampling the centre of each.</summary>
    private static bool[][] ModulesOf(PdfDictionary image, int modules)
    {
        var width = image.Elements.GetInteger("/Width");
        var bitsPerComponent = image.Elements.GetInteger("/BitsPerComponent");
        var pixels = image.Stream.UnfilteredValue;
        var channels = pixels.Length * 8 / bitsPerComponent / (width * image.Elements.GetInteger("/Height"));
        var pixelsPerModule = width / modules;
        bool IsDark(int x, int y)
        {
            var sample = (y * width + x) * channels;
            return pixels[sample * bitsPerComponent / 8] < 128;
        }
        return Enumerable.Range(0, modules)
            .Select(row => Enumerable.Range(0, modules).Select(column => IsDark(column * pixelsPerModule + pixelsPerModule / 2, row * pixelsPerModule + pixelsPerModule / 2)).ToArray())
            .ToArray();
    }

    private static string ToText(bool[][] modules) => string.Join('\n', modules.Select(row => string.Concat(row.Select(dark => dark ? '#' : '.'))));
}
