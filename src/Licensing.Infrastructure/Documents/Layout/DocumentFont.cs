using System.Runtime.InteropServices;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>A font shipped inside this assembly: HarfBuzz shapes text with it and Skia draws and embeds its glyphs.</summary>
internal sealed class DocumentFont
{
    private readonly HarfBuzzSharp.Font _shaper;
    private readonly int _unitsPerEm;

    private DocumentFont(byte[] bytes)
    {
        Typeface = SKTypeface.FromData(SKData.CreateCopy(bytes)) ?? throw new InvalidOperationException("Skia cannot read the font.");
        // The fonts live as long as the process: HarfBuzz reads them from memory that is never moved or freed.
        var data = Marshal.AllocHGlobal(bytes.Length);
        Marshal.Copy(bytes, 0, data, bytes.Length);
        using var blob = new Blob(data, bytes.Length, MemoryMode.ReadOnly);
        using var face = new Face(blob, 0);
        _unitsPerEm = face.UnitsPerEm;
        _shaper = new HarfBuzzSharp.Font(face);
        _shaper.SetFunctionsOpenType();
        // Positions come out in font units, exactly as hb-shape prints them, and are scaled to the size afterwards.
        _shaper.SetScale(_unitsPerEm, _unitsPerEm);
    }

    /// <summary>Khmer OS Siemreap, for body text in both scripts.</summary>
    public static DocumentFont Body { get; } = FromResource("KhmerOSsiemreap.ttf");

    /// <summary>Khmer OS Muol Light, the display face of Cambodian official documents.</summary>
    public static DocumentFont Heading { get; } = FromResource("KhmerOSmuollight.ttf");

    public SKTypeface Typeface { get; }

    /// <summary>
    /// Shapes one run of a single script. A fresh buffer per call keeps this safe to use from many requests at once:
    /// the HarfBuzz font itself is only read.
    /// </summary>
    public GlyphRun Shape(string text, float size)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var buffer = new Buffer();
        buffer.AddUtf8(utf8);
        buffer.GuessSegmentProperties();
        _shaper.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / _unitsPerEm;
        var glyphs = new ushort[infos.Length];
        var clusters = new uint[infos.Length];
        var points = new SKPoint[infos.Length];
        var pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            // HarfBuzz clusters are offsets into the UTF-8 text: what Skia writes as each glyph's text in the PDF.
            clusters[i] = infos[i].Cluster;
            // HarfBuzz's y grows upwards, the page's downwards.
            points[i] = new SKPoint((pen + positions[i].XOffset) * scale, -positions[i].YOffset * scale);
            pen += positions[i].XAdvance;
        }
        return new GlyphRun(this, size, utf8, glyphs, clusters, points, pen * scale);
    }

    private static DocumentFont FromResource(string fileName)
    {
        var assembly = typeof(DocumentFont).Assembly;
        using var stream = assembly.GetManifestResourceStream("Licensing.Fonts." + fileName)
            ?? throw new InvalidOperationException($"The font {fileName} is not embedded in {assembly.GetName().Name}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new DocumentFont(bytes.ToArray());
    }
}
