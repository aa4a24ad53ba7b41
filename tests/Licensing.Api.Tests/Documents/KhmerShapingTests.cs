using System.Globalization;
using System.Text.RegularExpressions;
using Licensing.Infrastructure.Documents.Layout;

namespace Licensing.Api.Tests.Documents;

/// <summary>
/// The embedded fonts must come out of our shaping exactly as `hb-shape --no-glyph-names --no-clusters` (HarfBuzz 6.0.0)
/// printed them for the Khmer OS fonts: glyph id, offset from the pen if any, advance. This holds the font loading, the
/// script of each run, the scale and the direction of the y axis to what HarfBuzz and Chromium do.
/// </summary>
public sealed partial class KhmerShapingTests
{
    [Theory]
    [InlineData("ជ្រើសរើស", "[627+650|409+650|569+1400|618@0,-100+0|593+2000|627+650|588+650|618@350,-300+0|593+2000]")]
    [InlineData("ស្ត្រី", "[540+650|593+2000|398+0|618@0,-300+0]")]
    [InlineData("ហ៊ុន", "[594+2050|636@-50,0+0|621@-50,0+0|581+1400]")]
    [InlineData("ខ្ញុំ", "[563+1400|391+0|621@-100,-600+0|632+0]")]
    [InlineData("ពោធិ៍", "[627+650|457+2050|580+1400|552+0]")]
    [InlineData("ស្គាល់", "[466+2650|384@-600,0+0|589+2000|637+0]")]
    [InlineData("ក្សាន្ត", "[562+1400|476+1300|581+1400|398+0]")]
    [InlineData("ម៉ែនផៅវើ", "[628+650|586+1400|635+0|581+1400|627+650|505+2050|627+650|590+650|618@350,-50+0]")]
    [InlineData("សៀវភៅ", "[627+650|593+2000|546+650|590+650|627+650|507+2050]")]
    public void BodyText_IsShapedLikeHarfBuzz(string text, string harfBuzz) =>
        Assert.Equal(Placed(harfBuzz), Shape(DocumentFont.Body, text));

    [Theory]
    [InlineData("ព្រះរាជាណាចក្រកម្ពុជា", "[409+850|584+1800|633+950|461+1800|442+2650|449+4033|567+1800|409+850|562+1800|562+1800|586+1800|405+0|621@0,-700+0|442+2650]")]
    [InlineData("ព្រះមហាក្សត្រ", "[409+850|584+1800|633+950|586+1800|467+3393|562+1800|414+850|409+850|577+1800]")]
    public void Headings_AreShapedLikeHarfBuzz(string text, string harfBuzz) =>
        Assert.Equal(Placed(harfBuzz), Shape(DocumentFont.Heading, text));

    [Fact]
    public void MixedText_IsShapedAsOneRunPerScript()
    {
        var line = new ShapedLine(DocumentFont.Body, 12, "ក្រុមហ៊ុន ស្រីពេជ្រ ឯ.ក Srey Pich Co., Ltd.");

        Assert.Equal(2, line.Runs.Count);
        Assert.Equal(line.Runs.Sum(run => run.Width), line.Width, tolerance: 0.001);
    }

    /// <summary>Shaped at one point per font unit, so that positions come out in the units hb-shape prints.</summary>
    private static string Shape(DocumentFont font, string text)
    {
        var run = Assert.Single(new ShapedLine(font, font.Typeface.UnitsPerEm, text).Runs);
        return string.Join('|', run.Glyphs.Select((glyph, i) => $"{glyph}@{(int)Math.Round(run.Points[i].X)},{(int)Math.Round(-run.Points[i].Y)}"));
    }

    /// <summary>hb-shape's output as each glyph's id and its position from the start of the text.</summary>
    private static string Placed(string harfBuzz)
    {
        var pen = 0;
        var glyphs = new List<string>();
        foreach (Match glyph in HbGlyph().Matches(harfBuzz))
        {
            int Number(string group) => glyph.Groups[group].Success ? int.Parse(glyph.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
            glyphs.Add($"{glyph.Groups["id"].Value}@{pen + Number("dx")},{Number("dy")}");
            pen += Number("advance");
        }
        return string.Join('|', glyphs);
    }

    [GeneratedRegex(@"(?<id>\d+)(@(?<dx>-?\d+),(?<dy>-?\d+))?\+(?<advance>-?\d+)")]
    private static partial Regex HbGlyph();
}
