using PdfSharp.Drawing;

namespace Licensing.Infrastructure.Documents;

/// <summary>How one kind of text is measured and drawn on a line.</summary>
internal abstract class TextStyle(double lineHeight)
{
    public double LineHeight { get; } = lineHeight;

    public abstract double Measure(string text);

    public abstract void Draw(string text, double x, double baseline);
}

/// <summary>Text that may hold Khmer, shaped before it is drawn.</summary>
internal sealed class ShapedStyle(XGraphics graphics, ShapedTextWriter writer, CertificateTypeface face, double size, XBrush brush)
    // Khmer stacks vowels and subscripts above and below the consonant, so its lines need more leading than Latin.
    : TextStyle(lineHeight: size * 1.9)
{
    private readonly XFont font = face.At(size);

    public override double Measure(string text) => face.Shaper.Shape(text).Advance * font.Size / face.Font.UnitsPerEm;

    public override void Draw(string text, double x, double baseline) =>
        writer.Draw(graphics, face, face.Shaper.Shape(text), font, brush, x, baseline);
}

/// <summary>Latin text, which PDFsharp draws as it is, so that it stays searchable.</summary>
internal sealed class LatinStyle(XGraphics graphics, XFont font, XBrush brush) : TextStyle(lineHeight: font.Size * 1.4)
{
    public override double Measure(string text) => graphics.MeasureString(text, font).Width;

    public override void Draw(string text, double x, double baseline) => graphics.DrawString(text, font, brush, x, baseline);
}

internal enum Align
{
    Left,
    Center,
}

/// <summary>A vertical strip of the page that text is wrapped within.</summary>
internal readonly record struct Column(double Left, double Width)
{
    /// <summary>Draws the text from <paramref name="baseline"/> down, breaking lines at spaces.</summary>
    /// <returns>The baseline of the line after the text.</returns>
    public double Write(TextStyle style, string text, double baseline, Align align = Align.Left)
    {
        foreach (var line in Lines(style, text))
        {
            var x = align == Align.Center ? Left + (Width - style.Measure(line)) / 2 : Left;
            style.Draw(line, x, baseline);
            baseline += style.LineHeight;
        }
        return baseline;
    }

    private IEnumerable<string> Lines(TextStyle style, string text)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && style.Measure(longer) > Width)
            {
                yield return line;
                longer = word;
            }
            line = longer;
        }
        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
