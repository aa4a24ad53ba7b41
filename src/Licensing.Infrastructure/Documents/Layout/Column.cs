using SkiaSharp;

namespace Licensing.Infrastructure.Documents.Layout;

internal enum Align
{
    Left,
    Center,
    Right,
}

/// <summary>A vertical strip of the page that text is wrapped within.</summary>
internal readonly record struct Column(float Left, float Width)
{
    /// <summary>Draws the text from <paramref name="baseline"/> down, breaking lines at spaces.</summary>
    /// <returns>The baseline of the line after the text.</returns>
    public float Write(SKCanvas canvas, TextStyle style, string text, float baseline, Align align = Align.Left)
    {
        foreach (var line in Lines(style, text))
        {
            var x = align switch
            {
                Align.Center => Left + (Width - line.Width) / 2,
                Align.Right => Left + Width - line.Width,
                _ => Left,
            };
            line.Draw(canvas, x, baseline, style.Color);
            baseline += style.LineHeight;
        }
        return baseline;
    }

    private IEnumerable<ShapedLine> Lines(TextStyle style, string text)
    {
        var words = "";
        ShapedLine? line = null;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = words.Length == 0 ? word : words + " " + word;
            var shaped = style.Shape(longer);
            if (line is not null && shaped.Width > Width)
            {
                yield return line;
                longer = word;
                shaped = style.Shape(word);
            }
            words = longer;
            line = shaped;
        }
        if (line is not null)
        {
            yield return line;
        }
    }
}
