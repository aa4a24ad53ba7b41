using SkiaSharp;

namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>Glyphs HarfBuzz chose for a run of one script, placed from the run's start, with the text each came from.</summary>
internal sealed class GlyphRun(DocumentFont font, float size, byte[] utf8, ushort[] glyphs, uint[] clusters, SKPoint[] points, float width)
{
    public float Width { get; } = width;

    public IReadOnlyList<ushort> Glyphs => glyphs;

    public IReadOnlyList<SKPoint> Points => points;

    /// <summary>
    /// Adds the run at <paramref name="x"/>. Writing the UTF-8 text and HarfBuzz's clusters with the glyphs is what lets
    /// a reader copy or search the Khmer: Skia then gives each cluster of glyphs its characters in the PDF.
    /// </summary>
    public void AddTo(SKTextBlobBuilder builder, float x)
    {
        using var skiaFont = new SKFont(font.Typeface, size);
        var run = builder.AllocatePositionedTextRun(skiaFont, glyphs.Length, utf8.Length, bounds: null);
        run.SetGlyphs(glyphs);
        run.SetClusters(clusters);
        run.SetText(utf8);
        var positions = run.Positions;
        for (var i = 0; i < points.Length; i++)
        {
            positions[i] = new SKPoint(x + points[i].X, points[i].Y);
        }
    }
}
