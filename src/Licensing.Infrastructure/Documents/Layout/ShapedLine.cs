using SkiaSharp;

namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>
/// A line of text shaped as a browser shapes it: cut where the script changes between Khmer and Latin, each run shaped
/// with its own script's rules, the runs drawn one after another.
/// </summary>
internal sealed class ShapedLine
{
    private readonly GlyphRun[] _runs;

    public ShapedLine(DocumentFont font, float size, string text)
    {
        _runs = ScriptRuns(text).Select(run => font.Shape(run, size)).ToArray();
        Width = _runs.Sum(run => run.Width);
    }

    public float Width { get; }

    public IReadOnlyList<GlyphRun> Runs => _runs;

    public void Draw(SKCanvas canvas, float x, float baseline, SKColor color)
    {
        using var builder = new SKTextBlobBuilder();
        var pen = 0f;
        foreach (var run in _runs)
        {
            run.AddTo(builder, pen);
            pen += run.Width;
        }
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(blob, x, baseline, paint);
    }

    public static bool IsKhmer(char character) => character is >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF';

    /// <summary>Spaces, digits and punctuation belong to no script and stay with the run before them.</summary>
    private static IEnumerable<string> ScriptRuns(string text)
    {
        var start = 0;
        bool? khmer = null;
        for (var i = 0; i < text.Length; i++)
        {
            var isKhmer = IsKhmer(text[i]);
            if (!isKhmer && !char.IsLetter(text[i]))
            {
                continue;
            }
            if (khmer is { } current && current != isKhmer)
            {
                yield return text[start..i];
                start = i;
            }
            khmer = isKhmer;
        }
        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
