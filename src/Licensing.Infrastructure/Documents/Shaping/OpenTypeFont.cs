namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>
/// The parts of a TrueType-flavoured OpenType font that shaping needs: the character map, advance widths,
/// glyph classes and the Khmer substitution and positioning lookups.
/// </summary>
internal sealed class OpenTypeFont
{
    // Glyphs that no character maps to (subscript forms, ligatures) get a private-use code point, so that a PDF's
    // ToUnicode map can still tell them apart.
    private const int PrivateUseBase = 0xE000;

    private readonly Dictionary<int, ushort> glyphsByCodePoint;
    private readonly Dictionary<ushort, int> codePointsByGlyph;
    private readonly ushort[] advances;
    private readonly ClassDefinition glyphClasses;

    public OpenTypeFont(byte[] bytes)
    {
        var data = new FontData(bytes);
        var tables = ReadTableDirectory(data);
        int Table(string tag) => tables.TryGetValue(tag, out var offset)
            ? offset
            : throw new InvalidDataException($"The font has no '{tag}' table, which Khmer shaping needs.");

        UnitsPerEm = data.UInt16(Table("head") + 18);
        advances = ReadAdvances(data, Table("hhea"), Table("hmtx"), glyphCount: data.UInt16(Table("maxp") + 4));
        glyphsByCodePoint = CharacterMap.Read(data, Table("cmap"));
        codePointsByGlyph = glyphsByCodePoint
            .GroupBy(pair => pair.Value, pair => pair.Key)
            .ToDictionary(group => group.Key, group => group.Min());
        glyphClasses = ClassDefinition.Read(data, data.Follow(Table("GDEF"), Table("GDEF") + 4));
        Substitutions = LayoutTable<ISubstitution>.Read(data, Table("GSUB"), SubstitutionLookups.Read);
        Positionings = LayoutTable<IPositioning>.Read(data, Table("GPOS"), PositioningLookups.Read);
    }

    public int UnitsPerEm { get; }

    public LayoutTable<ISubstitution> Substitutions { get; }

    public LayoutTable<IPositioning> Positionings { get; }

    public ushort GlyphOf(int codePoint) => glyphsByCodePoint.GetValueOrDefault(codePoint);

    /// <summary>The character that maps to this glyph, or a private-use code point unique to it.</summary>
    public int CodePointOf(ushort glyph) =>
        codePointsByGlyph.TryGetValue(glyph, out var codePoint) ? codePoint : PrivateUseBase + glyph;

    public int AdvanceOf(ushort glyph) => advances[Math.Min(glyph, advances.Length - 1)];

    public GlyphClass ClassOf(ushort glyph) => (GlyphClass)glyphClasses.ClassOf(glyph);

    private static Dictionary<string, int> ReadTableDirectory(FontData data)
    {
        var tables = new Dictionary<string, int>();
        for (var i = 0; i < data.UInt16(4); i++)
        {
            var record = 12 + 16 * i;
            tables[data.Tag(record)] = (int)data.UInt32(record + 8);
        }
        return tables;
    }

    // hmtx lists advances for the first numberOfHMetrics glyphs; the rest share the last one.
    private static ushort[] ReadAdvances(FontData data, int hhea, int hmtx, int glyphCount)
    {
        var metrics = data.UInt16(hhea + 34);
        return Enumerable.Range(0, Math.Min(metrics, glyphCount)).Select(i => data.UInt16(hmtx + 4 * i)).ToArray();
    }
}

/// <summary>GDEF glyph classes.</summary>
internal enum GlyphClass
{
    Unclassified = 0,
    Base = 1,
    Ligature = 2,
    Mark = 3,
    Component = 4,
}
