namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>Reads the Unicode BMP subtable (format 4) of a font's 'cmap' table.</summary>
internal static class CharacterMap
{
    public static Dictionary<int, ushort> Read(FontData data, int cmap)
    {
        var subtable = FindUnicodeSubtable(data, cmap);
        var segments = data.UInt16(subtable + 6) / 2;
        var ends = subtable + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;

        var glyphs = new Dictionary<int, ushort>();
        for (var s = 0; s < segments; s++)
        {
            var (start, end) = (data.UInt16(starts + 2 * s), data.UInt16(ends + 2 * s));
            var delta = data.Int16(deltas + 2 * s);
            var rangeOffset = data.UInt16(rangeOffsets + 2 * s);
            for (int codePoint = start; codePoint <= end && codePoint != 0xFFFF; codePoint++)
            {
                var glyph = rangeOffset == 0
                    ? (ushort)(codePoint + delta)
                    : GlyphFromArray(data, rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - start), delta);
                if (glyph != 0)
                {
                    glyphs[codePoint] = glyph;
                }
            }
        }
        return glyphs;
    }

    private static ushort GlyphFromArray(FontData data, int offset, short delta)
    {
        var glyph = data.UInt16(offset);
        return glyph == 0 ? glyph : (ushort)(glyph + delta);
    }

    private static int FindUnicodeSubtable(FontData data, int cmap)
    {
        for (var i = 0; i < data.UInt16(cmap + 2); i++)
        {
            var record = cmap + 4 + 8 * i;
            var (platform, encoding) = (data.UInt16(record), data.UInt16(record + 2));
            var subtable = cmap + (int)data.UInt32(record + 4);
            if (platform == 3 && encoding == 1 && data.UInt16(subtable) == 4)
            {
                return subtable;
            }
        }
        throw new InvalidDataException("The font has no Windows Unicode (3,1) format 4 character map.");
    }
}
