using Licensing.Infrastructure.Documents.Shaping;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Licensing.Infrastructure.Documents;

/// <summary>A font shipped inside this assembly, ready both for Khmer shaping and for PDFsharp.</summary>
internal sealed class CertificateTypeface
{
    private readonly XGlyphTypeface typeface;

    private CertificateTypeface(byte[] bytes)
    {
        Shaper = new KhmerShaper(new OpenTypeFont(bytes));
        typeface = new XGlyphTypeface(XFontSource.GetOrCreateFrom(bytes));
    }

    /// <summary>Khmer OS Siemreap, for body text in both scripts.</summary>
    public static CertificateTypeface Body { get; } = FromResource("KhmerOSsiemreap.ttf");

    /// <summary>Khmer OS Muol Light, the display face of Cambodian official documents.</summary>
    public static CertificateTypeface Heading { get; } = FromResource("KhmerOSmuollight.ttf");

    public KhmerShaper Shaper { get; }

    public OpenTypeFont Font => Shaper.Font;

    // Automatic encoding writes Latin-only strings as plain WinAnsi text, and anything else with glyph ids.
    public XFont At(double size) => new(typeface, size, new XPdfFontOptions(PdfFontEncoding.Automatic));

    private static CertificateTypeface FromResource(string fileName)
    {
        var assembly = typeof(CertificateTypeface).Assembly;
        using var stream = assembly.GetManifestResourceStream("Licensing.Fonts." + fileName)
            ?? throw new InvalidOperationException($"The font {fileName} is not embedded in {assembly.GetName().Name}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new CertificateTypeface(bytes.ToArray());
    }
}
