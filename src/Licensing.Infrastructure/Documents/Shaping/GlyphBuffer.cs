namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>One glyph being shaped, with what the substitution and positioning lookups need to know about it.</summary>
internal sealed class ShapedGlyph(ushort id, KhmerCategory category, Features features)
{
    public ushort Id { get; set; } = id;

    public KhmerCategory Category { get; } = category;

    /// <summary>The features whose lookups may act on this glyph.</summary>
    public Features Features { get; set; } = features;

    /// <summary>The number of characters a ligature glyph stands for.</summary>
    public int ComponentCount { get; set; } = 1;

    /// <summary>For a mark that sat between the components of a ligature: that ligature.</summary>
    public ShapedGlyph? Ligature { get; set; }

    /// <summary>For such a mark: the number of the ligature's components that came before it.</summary>
    public int ComponentsBefore { get; set; }

    /// <summary>For a positioned mark: the earlier glyph it hangs from and its offset from that glyph, in font units.</summary>
    public (int Parent, int X, int Y)? Attachment { get; set; }
}

/// <summary>The glyphs of a run of text, and the walk over them that skips what a lookup's flags say to ignore.</summary>
internal sealed class GlyphBuffer(OpenTypeFont font, List<ShapedGlyph> glyphs)
{
    public OpenTypeFont Font { get; } = font;

    public List<ShapedGlyph> Glyphs { get; } = glyphs;

    public int Count => Glyphs.Count;

    public ShapedGlyph this[int index] => Glyphs[index];

    public GlyphClass ClassAt(int index) => Font.ClassOf(Glyphs[index].Id);

    public bool IsIgnored(int index, LookupFlags flags) => ClassAt(index) switch
    {
        GlyphClass.Base => flags.HasFlag(LookupFlags.IgnoreBaseGlyphs),
        GlyphClass.Ligature => flags.HasFlag(LookupFlags.IgnoreLigatures),
        GlyphClass.Mark => flags.HasFlag(LookupFlags.IgnoreMarks),
        _ => false,
    };

    /// <summary>The next glyph after <paramref name="index"/> that the flags do not ignore, or -1.</summary>
    public int Next(int index, LookupFlags flags)
    {
        do
        {
            index++;
        }
        while (index < Count && IsIgnored(index, flags));
        return index < Count ? index : -1;
    }

    /// <summary>The closest glyph before <paramref name="index"/> that the flags do not ignore, or -1.</summary>
    public int Previous(int index, LookupFlags flags)
    {
        do
        {
            index--;
        }
        while (index >= 0 && IsIgnored(index, flags));
        return index;
    }

    /// <summary>
    /// Replaces the glyphs at <paramref name="components"/> (ascending) by <paramref name="ligature"/> at the first
    /// one's place; the marks skipped between components stay, remembering which component they followed.
    /// </summary>
    public void Ligate(IReadOnlyList<int> components, ushort ligature)
    {
        var first = Glyphs[components[0]];
        for (var c = 1; c < components.Count; c++)
        {
            for (var skipped = components[c - 1] + 1; skipped < components[c]; skipped++)
            {
                Glyphs[skipped].Ligature = first;
                Glyphs[skipped].ComponentsBefore = c;
            }
        }
        first.Id = ligature;
        first.ComponentCount = components.Count;
        for (var c = components.Count - 1; c > 0; c--)
        {
            Glyphs.RemoveAt(components[c]);
        }
    }
}
