using Licensing.Application.Texts;
using Licensing.Domain.Common;
using SkiaSharp;

namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>
/// An A4 page of a ministry document, laid out top to bottom by the blocks every document is made of: the letterhead,
/// a title, bilingual paragraphs (Khmer above English), a highlighted number, a table of particulars, a QR code to the
/// public check and a footer. Each block starts below the one before. Every fixed word is a catalogue key, drawn in
/// Khmer and then in English.
/// </summary>
internal sealed class DocumentPage
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    private const float Margin = 64;
    private const float LabelWidth = 170;
    private const float ValueIndent = 180;
    private const float QrCodeSize = 80;
    private const float FooterBaseline = Height - 40;
    private const float FooterRule = FooterBaseline - 12;

    private static readonly SKColor Navy = new(0x1B, 0x2F, 0x5B);
    private static readonly SKColor Grey = new(0x55, 0x5B, 0x66);
    private static readonly SKColor Black = SKColors.Black;
    private static readonly SKColor Band = new(0xEE, 0xF2, 0xF8);

    private readonly SKCanvas _canvas;
    private readonly Column _page = new(Margin, Width - 2 * Margin);
    private readonly Column _labels = new(Margin, LabelWidth);
    private readonly Column _values = new(Margin + ValueIndent, Width - 2 * Margin - ValueIndent);

    /// <summary>The baseline below which the next block starts.</summary>
    private float _y;

    public DocumentPage(SKCanvas canvas) => _canvas = canvas;

    /// <summary>The double border, the kingdom and its motto centred, and the ministry at the left.</summary>
    public void Letterhead()
    {
        DrawBorder();
        var y = _page.Write(_canvas, Khmer(DocumentFont.Heading, 15, Navy), Km(Keys.DocumentKingdom), 70, Align.Center);
        y = _page.Write(_canvas, Khmer(DocumentFont.Heading, 12.5f, Navy), Km(Keys.DocumentMotto), y - 4, Align.Center);
        y = _page.Write(_canvas, Latin(9.5f, Navy), En(Keys.DocumentKingdom), y - 10, Align.Center);
        y = _page.Write(_canvas, Latin(9.5f, Navy), En(Keys.DocumentMotto), y, Align.Center);
        DrawOrnament(y - 4);
        _y = Bilingual(_page, Khmer(DocumentFont.Heading, 10.5f, Navy), Latin(9.5f, Navy), Keys.DocumentMinistry, y + 22);
    }

    public void Title(string key) =>
        _y = Bilingual(_page, Khmer(DocumentFont.Heading, 19, Navy), Latin(14, Navy), key, _y + 22, Align.Center);

    /// <summary>A smaller centred paragraph right under the title, such as the legal basis.</summary>
    public void Subtitle(string key) =>
        _y = Bilingual(_page, Khmer(DocumentFont.Body, 10, Black), Latin(9.5f, Black), key, _y + 2, Align.Center);

    public void Paragraph(string key) =>
        _y = Bilingual(_page, Khmer(DocumentFont.Body, 10.5f, Black), Latin(10, Black), key, _y + 6, Align.Center);

    /// <summary>The document's number in a tinted band across the page.</summary>
    public void Highlight(string labelKey, string value)
    {
        const float height = 44;
        var top = _y + 8;
        using var fill = new SKPaint { Color = Band, Style = SKPaintStyle.Fill };
        using var stroke = Pen(0.8f);
        var band = SKRect.Create(_page.Left - 10, top, _page.Width + 20, height);
        _canvas.DrawRect(band, fill);
        _canvas.DrawRect(band, stroke);
        Label(labelKey, top + 18);
        _values.Write(_canvas, Latin(17, Navy), value, top + 29);
        _y = top + height;
    }

    /// <summary>Particulars: a bilingual label on the left, the value in one or both scripts on the right.</summary>
    public void Table(IEnumerable<TableRow> rows)
    {
        var y = _y + 20;
        foreach (var row in rows)
        {
            var labelEnd = Label(row.LabelKey, y);
            var khmer = Khmer(DocumentFont.Body, row.Emphasised ? 12 : 10.5f, Black);
            var latin = Latin(row.Emphasised ? 11.5f : 11, Black);
            var valueEnd = row.Values.Aggregate(y, (baseline, value) => _values.Write(_canvas, TextStyle.For(value, khmer, latin), value, baseline) - 4);
            y = Math.Max(labelEnd, valueEnd) + 5;
        }
        _y = y;
    }

    /// <summary>The QR code to the public check at the foot of the page; beside it, what it is for and its address.</summary>
    public void Verification(string url, string scanKey)
    {
        var top = Math.Max(FooterRule - 8 - QrCodeSize, _y + 4);
        using (var qrCode = QrCodeImage.For(url))
        {
            // Nearest-neighbour: smoothing would blur the module edges that scanners look for.
            _canvas.DrawImage(qrCode, SKRect.Create(_page.Left, top, QrCodeSize, QrCodeSize), new SKSamplingOptions(SKFilterMode.Nearest));
        }
        var beside = new Column(_page.Left + QrCodeSize + 16, _page.Width - QrCodeSize - 16);
        var y = Bilingual(beside, Khmer(DocumentFont.Body, 11, Navy), Latin(10.5f, Navy), scanKey, top + QrCodeSize / 2 - 10);
        beside.Write(_canvas, Latin(7.5f, Grey), url, y);
        _y = top + QrCodeSize;
    }

    /// <summary>A rule, the system that made the document, and its reference for when the page strays from its file.</summary>
    public void Footer(string reference)
    {
        using var pen = Pen(0.4f);
        _canvas.DrawLine(_page.Left, FooterRule, _page.Left + _page.Width, FooterRule, pen);
        _page.Write(_canvas, Khmer(DocumentFont.Body, 7, Grey), $"{Km(Keys.DocumentFooter)} · {En(Keys.DocumentFooter)}", FooterBaseline);
        _page.Write(_canvas, Latin(7.5f, Grey), reference, FooterBaseline, Align.Right);
    }

    private float Label(string key, float baseline) =>
        Bilingual(_labels, Khmer(DocumentFont.Body, 9.5f, Grey), Latin(8.5f, Grey), key, baseline);

    /// <summary>Khmer, then English under it, pulled up a little: Latin needs less room above than Khmer leaves below.</summary>
    private float Bilingual(Column column, TextStyle khmer, TextStyle english, string key, float baseline, Align align = Align.Left)
    {
        var y = column.Write(_canvas, khmer, Km(key), baseline, align);
        return column.Write(_canvas, english, En(key), y - khmer.Size * 0.6f, align);
    }

    private static string Km(string key) => Catalogue.In(Languages.Khmer, key);

    private static string En(string key) => Catalogue.In(Languages.English, key);

    private void DrawBorder()
    {
        using var outer = Pen(2.2f);
        using var inner = Pen(0.6f);
        _canvas.DrawRect(22, 22, Width - 44, Height - 44, outer);
        _canvas.DrawRect(28, 28, Width - 56, Height - 56, inner);
    }

    private void DrawOrnament(float y)
    {
        var centre = _page.Left + _page.Width / 2;
        using var pen = Pen(0.8f);
        _canvas.DrawLine(centre - 60, y, centre - 8, y, pen);
        _canvas.DrawLine(centre + 8, y, centre + 60, y, pen);
        using var builder = new SKPathBuilder();
        builder.MoveTo(centre - 5, y);
        builder.LineTo(centre, y - 3.5f);
        builder.LineTo(centre + 5, y);
        builder.LineTo(centre, y + 3.5f);
        builder.Close();
        using var diamond = builder.Detach();
        using var fill = new SKPaint { Color = Navy, Style = SKPaintStyle.Fill, IsAntialias = true };
        _canvas.DrawPath(diamond, fill);
    }

    private static SKPaint Pen(float width) => new() { Color = Navy, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };

    private static TextStyle Khmer(DocumentFont font, float size, SKColor color) => TextStyle.Khmer(font, size, color);

    private static TextStyle Latin(float size, SKColor color) => TextStyle.Latin(size, color);
}
