namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>
/// Attaches a mark to one component of the ligature before it: the component it followed when the ligature was
/// formed, or the last one for a mark that came after the whole ligature.
/// </summary>
internal sealed class MarkToLigature(MarkArray marks, Coverage ligatures, Anchor?[][][] anchors) : IPositioning
{
    public bool Apply(GlyphBuffer buffer, int index, LookupFlags flags)
    {
        if (!marks.TryGet(buffer[index].Id, out var markClass, out var markAnchor))
        {
            return false;
        }
        var parent = buffer.Previous(index, LookupFlags.IgnoreMarks);
        if (parent < 0 || !ligatures.TryGetIndex(buffer[parent].Id, out var row))
        {
            return false;
        }
        var components = anchors[row];
        var mark = buffer[index];
        var component = mark.Ligature == buffer[parent] && mark.ComponentsBefore > 0
            ? Math.Min(mark.ComponentsBefore, components.Length) - 1
            : components.Length - 1;
        return PositioningLookups.Attach(buffer, index, parent, components[component][markClass], markAnchor);
    }

    public static MarkToLigature Read(FontData data, int subtable)
    {
        var classCount = data.UInt16(subtable + 6);
        var array = data.Follow(subtable, subtable + 10);
        var anchors = data.FollowAll(array, array + 2, data.UInt16(array))
            .Select(attach => PositioningLookups.ReadAnchorMatrix(data, attach, classCount))
            .ToArray();
        return new MarkToLigature(MarkArray.Read(data, subtable), data.Coverage(data.Follow(subtable, subtable + 4)), anchors);
    }
}
