namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>An OpenType coverage table: the glyphs a subtable applies to, each with its index into the subtable's arrays.</summary>
internal sealed class Coverage(Dictionary<ushort, int> indices)
{
    public bool TryGetIndex(ushort glyph, out int index) => indices.TryGetValue(glyph, out index);

    public bool Contains(ushort glyph) => indices.ContainsKey(glyph);

    public IEnumerable<KeyValuePair<ushort, int>> Entries => indices;

    public static Coverage Read(FontData data, int offset)
    {
        var indices = new Dictionary<ushort, int>();
        var format = data.UInt16(offset);
        var count = data.UInt16(offset + 2);
        for (var i = 0; i < count; i++)
        {
            if (format == 1)
            {
                indices[data.UInt16(offset + 4 + 2 * i)] = i;
                continue;
            }
            var range = offset + 4 + 6 * i;
            var (first, last, firstIndex) = (data.UInt16(range), data.UInt16(range + 2), data.UInt16(range + 4));
            for (int glyph = first; glyph <= last; glyph++)
            {
                indices[(ushort)glyph] = firstIndex + glyph - first;
            }
        }
        return format is 1 or 2 ? new Coverage(indices) : throw new InvalidDataException($"Unknown coverage format {format}.");
    }
}

/// <summary>An OpenType class definition table; glyphs it does not list are in class 0.</summary>
internal sealed class ClassDefinition(Dictionary<ushort, ushort> classes)
{
    public ushort ClassOf(ushort glyph) => classes.GetValueOrDefault(glyph);

    public static ClassDefinition Read(FontData data, int offset)
    {
        var classes = new Dictionary<ushort, ushort>();
        var format = data.UInt16(offset);
        if (format == 1)
        {
            var first = data.UInt16(offset + 2);
            var count = data.UInt16(offset + 4);
            for (var i = 0; i < count; i++)
            {
                classes[(ushort)(first + i)] = data.UInt16(offset + 6 + 2 * i);
            }
        }
        else if (format == 2)
        {
            for (var i = 0; i < data.UInt16(offset + 2); i++)
            {
                var range = offset + 4 + 6 * i;
                for (int glyph = data.UInt16(range); glyph <= data.UInt16(range + 2); glyph++)
                {
                    classes[(ushort)glyph] = data.UInt16(range + 4);
                }
            }
        }
        else
        {
            throw new InvalidDataException($"Unknown class definition format {format}.");
        }
        return new ClassDefinition(classes);
    }
}
