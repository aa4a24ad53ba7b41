namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>A GPOS subtable.</summary>
internal interface IPositioning
{
    /// <summary>Positions the glyph at <paramref name="index"/> if the subtable applies to it.</summary>
    bool Apply(GlyphBuffer buffer, int index, LookupFlags flags);
}

/// <summary>Reads and runs GPOS lookups of the kinds Khmer fonts use: marks attached to bases, ligatures and other marks.</summary>
internal static class PositioningLookups
{
    public static IPositioning Read(FontData data, int type, int subtable) => (type, data.UInt16(subtable)) switch
    {
        (4, 1) => new MarkToBase(MarkArray.Read(data, subtable), data.Coverage(data.Follow(subtable, subtable + 4)), ReadAnchorRows(data, subtable)),
        (5, 1) => MarkToLigature.Read(data, subtable),
        (6, 1) => new MarkToMark(MarkArray.Read(data, subtable), data.Coverage(data.Follow(subtable, subtable + 4)), ReadAnchorRows(data, subtable)),
        var (other, format) => throw new NotSupportedException($"GPOS lookup type {other} format {format} is not supported."),
    };

    public static void Apply(GlyphBuffer buffer, IEnumerable<(Lookup<IPositioning> Lookup, Features Features)> lookups)
    {
        foreach (var (lookup, features) in lookups)
        {
            for (var index = 0; index < buffer.Count; index++)
            {
                if ((buffer[index].Features & features) != 0 && !buffer.IsIgnored(index, lookup.Flags))
                {
                    ApplyAt(buffer, index, lookup);
                }
            }
        }
    }

    /// <summary>Applies the first of the lookup's subtables that covers the glyph at <paramref name="index"/>.</summary>
    private static bool ApplyAt(GlyphBuffer buffer, int index, Lookup<IPositioning> lookup) =>
        lookup.Subtables.Any(subtable => subtable.Apply(buffer, index, lookup.Flags));

    /// <summary>Hangs the mark from its parent so that their anchors meet.</summary>
    public static bool Attach(GlyphBuffer buffer, int mark, int parent, Anchor? parentAnchor, Anchor markAnchor)
    {
        if (parentAnchor is not { } anchor)
        {
            return false;
        }
        buffer[mark].Attachment = (parent, anchor.X - markAnchor.X, anchor.Y - markAnchor.Y);
        return true;
    }

    /// <summary>Reads a base or mark-2 array (at offset 10): for each covered glyph, one anchor per mark class.</summary>
    private static Anchor?[][] ReadAnchorRows(FontData data, int subtable) =>
        ReadAnchorMatrix(data, data.Follow(subtable, subtable + 10), classCount: data.UInt16(subtable + 6));

    public static Anchor?[][] ReadAnchorMatrix(FontData data, int array, int classCount) =>
        Enumerable.Range(0, data.UInt16(array))
            .Select(row => Enumerable.Range(0, classCount).Select(c => ReadAnchor(data, data.FollowOptional(array, array + 2 + 2 * (row * classCount + c)))).ToArray())
            .ToArray();

    public static Anchor? ReadAnchor(FontData data, int? anchor) =>
        anchor is { } at ? new Anchor(data.Int16(at + 2), data.Int16(at + 4)) : null;
}

internal readonly record struct Anchor(short X, short Y);

/// <summary>The marks a mark attachment subtable covers, each with its class and anchor.</summary>
internal sealed class MarkArray(Coverage coverage, (int Class, Anchor Anchor)[] records)
{
    public bool TryGet(ushort glyph, out int markClass, out Anchor anchor)
    {
        var covered = coverage.TryGetIndex(glyph, out var index);
        (markClass, anchor) = covered ? records[index] : default;
        return covered;
    }

    public static MarkArray Read(FontData data, int subtable)
    {
        var array = data.Follow(subtable, subtable + 8);
        var records = Enumerable.Range(0, data.UInt16(array))
            .Select(i => ((int)data.UInt16(array + 2 + 4 * i), PositioningLookups.ReadAnchor(data, data.Follow(array, array + 4 + 4 * i))!.Value))
            .ToArray();
        return new MarkArray(data.Coverage(data.Follow(subtable, subtable + 2)), records);
    }
}

internal sealed class MarkToBase(MarkArray marks, Coverage bases, Anchor?[][] anchors) : IPositioning
{
    public bool Apply(GlyphBuffer buffer, int index, LookupFlags flags)
    {
        if (!marks.TryGet(buffer[index].Id, out var markClass, out var markAnchor))
        {
            return false;
        }
        var parent = buffer.Previous(index, LookupFlags.IgnoreMarks);
        return parent >= 0
            && bases.TryGetIndex(buffer[parent].Id, out var row)
            && PositioningLookups.Attach(buffer, index, parent, anchors[row][markClass], markAnchor);
    }
}

internal sealed class MarkToMark(MarkArray marks, Coverage parents, Anchor?[][] anchors) : IPositioning
{
    public bool Apply(GlyphBuffer buffer, int index, LookupFlags flags)
    {
        if (!marks.TryGet(buffer[index].Id, out var markClass, out var markAnchor))
        {
            return false;
        }
        var parent = buffer.Previous(index, flags);
        return parent >= 0
            && buffer.ClassAt(parent) == GlyphClass.Mark
            && OnSameComponent(buffer[index], buffer[parent])
            && parents.TryGetIndex(buffer[parent].Id, out var row)
            && PositioningLookups.Attach(buffer, index, parent, anchors[row][markClass], markAnchor);
    }

    // A mark that sat inside a ligature hangs on one of its components; a later mark may belong to another one.
    private static bool OnSameComponent(ShapedGlyph mark, ShapedGlyph parent) =>
        mark.Ligature == parent.Ligature && mark.ComponentsBefore == parent.ComponentsBefore;
}
