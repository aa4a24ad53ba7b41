using SkiaSharp;

namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>How one kind of text is shaped, coloured and spaced from line to line.</summary>
internal sealed record TextStyle(DocumentFont Font, float Size, SKColor Color, float LineHeight)
{
    // Khmer stacks vowels and subscripts above and below the consonant, so its lines need more leading than Latin.
    public static TextStyle Khmer(DocumentFont font, float size, SKColor color) => new(font, size, color, size * 1.9f);

    public static TextStyle Latin(float size, SKColor color) => new(DocumentFont.Body, size, color, size * 1.4f);

    /// <summary>The Khmer style for text holding any Khmer, else the Latin one.</summary>
    public static TextStyle For(string text, TextStyle khmer, TextStyle latin) => text.Any(ShapedLine.IsKhmer) ? khmer : latin;

    public ShapedLine Shape(string text) => new(Font, Size, text);
}
