namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>
/// Which features may act on a glyph. The Khmer shaper turns the basic features on glyph by glyph,
/// according to each glyph's place in its syllable; every other feature acts on all glyphs.
/// </summary>
[Flags]
internal enum Features
{
    None = 0,
    Global = 1,
    Pref = 2,
    Blwf = 4,
    Abvf = 8,
    Pstf = 16,
    Cfar = 32,
}
