using Licensing.Infrastructure.Documents.Shaping;
using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Licensing.Infrastructure.Documents;

/// <summary>
/// Draws shaped text. PDFsharp only knows the glyph each character maps to, but its render event lets a document
/// replace the glyph of the text being drawn, so each shaped glyph is drawn as a one-character string whose glyph
/// the event swaps for the one the shaper chose.
/// </summary>
internal sealed class ShapedTextWriter
{
    private CodePointGlyphIndexPair? pending;

    public ShapedTextWriter(PdfDocument document) => document.RenderEvents.RenderTextEvent += SwapGlyph;

    public void Draw(XGraphics graphics, CertificateTypeface face, ShapedText text, XFont font, XBrush brush, double x, double baseline)
    {
        var scale = font.Size / face.Font.UnitsPerEm;
        foreach (var glyph in text.Glyphs)
        {
            // A code point of its own for each glyph: PDFsharp embeds and maps glyphs per code point.
            var codePoint = face.Font.CodePointOf(glyph.Id);
            pending = new CodePointGlyphIndexPair(codePoint, glyph.Id);
            graphics.DrawString(char.ConvertFromUtf32(codePoint), font, brush, x + glyph.X * scale, baseline - glyph.Y * scale);
        }
        pending = null;
    }

    private void SwapGlyph(object sender, RenderTextEventArgs e)
    {
        if (pending is { } glyph)
        {
            e.CodePointGlyphIndexPairs = [glyph];
        }
    }
}
