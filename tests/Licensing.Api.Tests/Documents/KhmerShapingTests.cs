using Licensing.Infrastructure.Documents;

namespace Licensing.Api.Tests.Documents;

/// <summary>
/// The shaper must choose and place the same glyphs as HarfBuzz. Each expectation is what `hb-shape --no-glyph-names
/// --no-clusters` (HarfBuzz 6.0.0) prints for the Khmer OS font: glyph id, offset from the pen if any, advance.
/// </summary>
public sealed class KhmerShapingTests
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
        Assert.Equal(harfBuzz, Shape(CertificateTypeface.Body, text));

    [Theory]
    [InlineData("ព្រះរាជាណាចក្រកម្ពុជា", "[409+850|584+1800|633+950|461+1800|442+2650|449+4033|567+1800|409+850|562+1800|562+1800|586+1800|405+0|621@0,-700+0|442+2650]")]
    [InlineData("ព្រះមហាក្សត្រ", "[409+850|584+1800|633+950|586+1800|467+3393|562+1800|414+850|409+850|577+1800]")]
    public void Headings_AreShapedLikeHarfBuzz(string text, string harfBuzz) =>
        Assert.Equal(harfBuzz, Shape(CertificateTypeface.Heading, text));

    private static string Shape(CertificateTypeface face, string text)
    {
        var pen = 0;
        var glyphs = new List<string>();
        foreach (var glyph in face.Shaper.Shape(text).Glyphs)
        {
            var advance = face.Font.AdvanceOf(glyph.Id);
            var offset = glyph.X != pen || glyph.Y != 0 ? $"@{glyph.X - pen},{glyph.Y}" : "";
            glyphs.Add($"{glyph.Id}{offset}+{advance}");
            pen += advance;
        }
        return $"[{string.Join('|', glyphs)}]";
    }
}
