using Licensing.Application.Abstractions;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Licensing.Infrastructure.Documents;

/// <summary>Draws a licence certificate as a one-page A4 PDF in Khmer and English, with a QR code to its public check.</summary>
public sealed class LicenceCertificatePdf : ILicenceCertificateRenderer
{
    public LicenceCertificatePdf()
    {
        // PDFsharp 6.5 refuses to work until a licence is chosen; it is published under the AGPL-3.0 only.
        PdfSharpLicense.SetAgplLicense();
    }

    public byte[] Render(LicenceCertificate certificate)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"Licence {certificate.Number}";
        document.Info.Subject = $"{CertificateWording.TitleEn}: {certificate.AgencyNameEn}";
        document.Info.Author = CertificateWording.MinistryEn;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            new CertificatePage(graphics, new ShapedTextWriter(document)).Draw(certificate);
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
