using Licensing.Application.Abstractions;
using PdfSharp.Drawing;
using static Licensing.Infrastructure.Documents.CertificateWording;

namespace Licensing.Infrastructure.Documents;

/// <summary>Lays a licence certificate out on an A4 page, top to bottom.</summary>
internal sealed class CertificatePage
{
    private const double Margin = 64;
    private const double QrCodeSize = 88;
    private static readonly XColor Navy = XColor.FromArgb(0x1B, 0x2F, 0x5B);
    private static readonly XBrush Ink = new XSolidBrush(Navy);
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(0x55, 0x5B, 0x66));

    private readonly XGraphics graphics;
    private readonly ShapedTextWriter writer;
    private readonly Column page;
    private readonly Column labels;
    private readonly Column values;

    public CertificatePage(XGraphics graphics, ShapedTextWriter writer)
    {
        this.graphics = graphics;
        this.writer = writer;
        page = new Column(Margin, graphics.PageSize.Width - 2 * Margin);
        labels = page with { Width = 170 };
        values = new Column(Margin + 180, page.Width - 180);
    }

    public void Draw(LicenceCertificate certificate)
    {
        DrawBorder();
        var y = Header(baseline: 76);
        y = Title(y + 24);
        y = Number(certificate.Number, y + 8);
        y = Particulars(certificate, y + 24);
        y = Statement(y + 8);
        Verification(certificate.VerificationUrl, top: Math.Max(graphics.PageSize.Height - QrCodeSize - 58, y + 4));
    }

    private void DrawBorder()
    {
        var size = graphics.PageSize;
        graphics.DrawRectangle(new XPen(Navy, 2.2), 22, 22, size.Width - 44, size.Height - 44);
        graphics.DrawRectangle(new XPen(Navy, 0.6), 28, 28, size.Width - 56, size.Height - 56);
    }

    private double Header(double baseline)
    {
        var y = page.Write(Khmer(CertificateTypeface.Heading, 15, Ink), KingdomKm, baseline, Align.Center);
        y = page.Write(Khmer(CertificateTypeface.Heading, 12.5, Ink), MottoKm, y - 4, Align.Center);
        y = page.Write(Latin(9.5, Ink), KingdomEn, y - 10, Align.Center);
        y = page.Write(Latin(9.5, Ink), MottoEn, y, Align.Center);
        DrawOrnament(y - 4);
        y = page.Write(Khmer(CertificateTypeface.Heading, 10.5, Ink), MinistryKm, y + 22);
        return page.Write(Latin(9.5, Ink), MinistryEn, y - 8);
    }

    private void DrawOrnament(double y)
    {
        var centre = page.Left + page.Width / 2;
        var pen = new XPen(Navy, 0.8);
        graphics.DrawLine(pen, centre - 60, y, centre - 8, y);
        graphics.DrawLine(pen, centre + 8, y, centre + 60, y);
        graphics.DrawPolygon(Ink, [new(centre - 5, y), new(centre, y - 3.5), new(centre + 5, y), new(centre, y + 3.5)], XFillMode.Winding);
    }

    private double Title(double baseline)
    {
        var y = page.Write(Khmer(CertificateTypeface.Heading, 19, Ink), TitleKm, baseline, Align.Center);
        y = page.Write(Latin(14, Ink), TitleEn, y - 12, Align.Center);
        y = page.Write(Khmer(CertificateTypeface.Body, 10, XBrushes.Black), LegalBasisKm, y + 2, Align.Center);
        return page.Write(Latin(9.5, XBrushes.Black), LegalBasisEn, y - 6, Align.Center);
    }

    private double Number(string number, double top)
    {
        graphics.DrawRectangle(new XPen(Navy, 0.8), new XSolidBrush(XColor.FromArgb(0xEE, 0xF2, 0xF8)), page.Left - 10, top, page.Width + 20, 44);
        Label(NumberKm, NumberEn, top + 18);
        values.Write(Latin(17, Ink), number, top + 29);
        return top + 44;
    }

    private double Particulars(LicenceCertificate certificate, double baseline)
    {
        var khmer = Khmer(CertificateTypeface.Body, 10.5, XBrushes.Black);
        var english = Latin(11, XBrushes.Black);
        var name = (Khmer(CertificateTypeface.Body, 12, XBrushes.Black), certificate.AgencyNameKm);
        var y = Row(AgencyKm, AgencyEn, baseline, name, (Latin(11.5, XBrushes.Black), certificate.AgencyNameEn));
        y = Row(RegistrationKm, RegistrationEn, y, (english, certificate.RegistrationNumber));
        y = Row(HeadOfficeKm, HeadOfficeEn, y, (IsKhmer(certificate.HeadOfficeAddress) ? khmer : english, certificate.HeadOfficeAddress));
        y = Row(ProvinceKm, ProvinceEn, y, (khmer, certificate.ProvinceKm), (english, certificate.ProvinceEn));
        y = Row(IssuedKm, IssuedEn, y, (khmer, KhmerDate(certificate.IssuedOn)), (english, EnglishDate(certificate.IssuedOn)));
        return Row(ExpiresKm, ExpiresEn, y, (khmer, KhmerDate(certificate.ExpiresOn)), (english, EnglishDate(certificate.ExpiresOn)));
    }

    /// <summary>A particular: its bilingual label on the left, its value in one or both scripts on the right.</summary>
    private double Row(string labelKm, string labelEn, double baseline, params (TextStyle Style, string Text)[] value)
    {
        var labelEnd = Label(labelKm, labelEn, baseline);
        var valueEnd = value.Aggregate(baseline, (y, part) => values.Write(part.Style, part.Text, y) - 4);
        return Math.Max(labelEnd, valueEnd) + 7;
    }

    private double Label(string khmer, string english, double baseline)
    {
        var y = labels.Write(Khmer(CertificateTypeface.Body, 9.5, Grey), khmer, baseline);
        return labels.Write(Latin(8.5, Grey), english, y - 7);
    }

    private double Statement(double baseline)
    {
        var y = page.Write(Khmer(CertificateTypeface.Body, 10.5, XBrushes.Black), NotTransferableKm, baseline, Align.Center);
        return page.Write(Latin(10, XBrushes.Black), NotTransferableEn, y - 4, Align.Center);
    }

    private void Verification(string url, double top)
    {
        using var qrCode = QrCodeImage.For(url);
        graphics.DrawImage(qrCode, page.Left, top, QrCodeSize, QrCodeSize);
        page.Write(Latin(7.5, Grey), url, top + QrCodeSize + 10);
        var beside = new Column(page.Left + QrCodeSize + 16, page.Width - QrCodeSize - 16);
        var y = beside.Write(Khmer(CertificateTypeface.Body, 11, Ink), ScanKm, top + QrCodeSize / 2 - 4);
        beside.Write(Latin(10.5, Ink), ScanEn, y - 6);
    }

    private static bool IsKhmer(string text) => text.Any(character => character is >= '\u1780' and <= '\u17FF');

    private ShapedStyle Khmer(CertificateTypeface face, double size, XBrush brush) => new(graphics, writer, face, size, brush);

    private LatinStyle Latin(double size, XBrush brush) => new(graphics, CertificateTypeface.Body.At(size), brush);
}
