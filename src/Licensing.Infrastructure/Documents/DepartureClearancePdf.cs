using Licensing.Application.Abstractions;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Licensing.Infrastructure.Documents.CertificateWording;

namespace Licensing.Infrastructure.Documents;

/// <summary>Draws a departure clearance as a one-page A4 PDF in Khmer and English, with a QR code to its public check.</summary>
public sealed class DepartureClearancePdf : IDepartureClearanceRenderer
{
    private const double Margin = 64;
    private const double QrCodeSize = 96;
    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x1B, 0x2F, 0x5B));
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(0x55, 0x5B, 0x66));

    public DepartureClearancePdf()
    {
        // PDFsharp 6.5 refuses to work until a licence is chosen; it is published under the AGPL-3.0 only.
        PdfSharpLicense.SetAgplLicense();
    }

    public byte[] Render(DepartureClearanceDocument clearance)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"Departure clearance {clearance.Number}";
        document.Info.Author = MinistryEn;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            Draw(graphics, new ShapedTextWriter(document), clearance);
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static void Draw(XGraphics graphics, ShapedTextWriter writer, DepartureClearanceDocument c)
    {
        var page = new Column(Margin, graphics.PageSize.Width - 2 * Margin);
        var labels = page with { Width = 170 };
        var values = new Column(Margin + 180, page.Width - 180);
        TextStyle Khmer(CertificateTypeface face, double size, XBrush brush) => new ShapedStyle(graphics, writer, face, size, brush);
        TextStyle Latin(double size, XBrush brush) => new LatinStyle(graphics, CertificateTypeface.Body.At(size), brush);

        graphics.DrawRectangle(new XPen(XColor.FromArgb(0x1B, 0x2F, 0x5B), 2), 22, 22, graphics.PageSize.Width - 44, graphics.PageSize.Height - 44);
        var y = page.Write(Khmer(CertificateTypeface.Heading, 15, Ink), KingdomKm, 76, Align.Center);
        y = page.Write(Khmer(CertificateTypeface.Heading, 12.5, Ink), MottoKm, y - 4, Align.Center);
        y = page.Write(Latin(9.5, Ink), KingdomEn + " · " + MottoEn, y - 10, Align.Center);
        y = page.Write(Khmer(CertificateTypeface.Heading, 10.5, Ink), MinistryKm, y + 14);
        y = page.Write(Latin(9.5, Ink), MinistryEn, y - 8);
        y = page.Write(Khmer(CertificateTypeface.Heading, 18, Ink), "លិខិតអនុញ្ញាតចេញដំណើរ", y + 20, Align.Center);
        y = page.Write(Latin(14, Ink), "DEPARTURE CLEARANCE", y - 12, Align.Center);
        y = page.Write(Khmer(CertificateTypeface.Body, 10, XBrushes.Black), "ចេញដោយប្រព័ន្ធ នៅពេលលក្ខខណ្ឌមុនចេញដំណើរទាំងអស់នៃប្រកាសលេខ ០៤៦/១៣ ត្រូវបានបំពេញ", y + 2, Align.Center);
        y = page.Write(Latin(9.5, XBrushes.Black), "Issued by the system when every pre-departure condition of Prakas No. 046/13 holds", y - 6, Align.Center);

        double Row(string km, string en, double baseline, params (TextStyle Style, string Text)[] value)
        {
            var labelEnd = labels.Write(Khmer(CertificateTypeface.Body, 9.5, Grey), km, baseline);
            labelEnd = labels.Write(Latin(8.5, Grey), en, labelEnd - 7);
            var valueEnd = value.Aggregate(baseline, (at, part) => values.Write(part.Style, part.Text, at) - 4);
            return Math.Max(labelEnd, valueEnd) + 7;
        }
        var khmer = Khmer(CertificateTypeface.Body, 10.5, XBrushes.Black);
        var english = Latin(11, XBrushes.Black);
        y = Row("លេខលិខិតអនុញ្ញាត", "Clearance No.", y + 20, (Latin(16, Ink), c.Number));
        y = Row("ឈ្មោះពលករ", "Worker", y, (khmer, c.WorkerNameKm), (english, c.WorkerNameLatin));
        y = Row("លេខលិខិតឆ្លងដែន", "Passport No.", y, (english, c.PassportNumber));
        y = Row("ទីភ្នាក់ងារ", "Agency", y, (khmer, c.AgencyNameKm), (english, $"{c.AgencyNameEn} ({c.LicenceNumber})"));
        y = Row("ប្រទេសទទួល", "Receiving country", y, (khmer, c.CountryKm), (english, c.CountryEn));
        y = Row("វិស័យ និងនិយោជក", "Sector and employer", y, (khmer, c.SectorKm), (english, $"{c.SectorEn} · {c.EmployerName}"));
        y = Row("កាលបរិច្ឆេទចេញ", "Date of issue", y, (khmer, KhmerDate(c.IssuedOn)), (english, EnglishDate(c.IssuedOn)));
        y = Row("មានសុពលភាពដល់", "Valid until", y, (khmer, KhmerDate(c.ValidUntil)), (english, EnglishDate(c.ValidUntil)));

        var top = Math.Max(graphics.PageSize.Height - QrCodeSize - 58, y + 4);
        using var qrCode = QrCodeImage.For(c.VerificationUrl);
        graphics.DrawImage(qrCode, page.Left, top, QrCodeSize, QrCodeSize);
        page.Write(Latin(7.5, Grey), c.VerificationUrl, top + QrCodeSize + 10);
        var beside = new Column(page.Left + QrCodeSize + 16, page.Width - QrCodeSize - 16);
        var scan = beside.Write(Khmer(CertificateTypeface.Body, 11, Ink), "ស្កេនដើម្បីពិនិត្យថាលិខិតអនុញ្ញាតនេះមានសុពលភាព និងមិនទាន់ប្រើ", top + QrCodeSize / 2 - 4);
        beside.Write(Latin(10.5, Ink), "Scan to check that this clearance is valid and unused", scan - 6);
    }
}
