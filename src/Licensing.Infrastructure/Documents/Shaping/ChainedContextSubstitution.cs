namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>
/// A GSUB chained context subtable, format 3: when the glyphs before, at and after a position fall in the given
/// coverages, it runs other lookups at chosen places of the input sequence.
/// </summary>
internal sealed class ChainedContextSubstitution(
    Coverage[] backtrack,
    Coverage[] input,
    Coverage[] lookahead,
    (int Sequence, int Lookup)[] actions) : ISubstitution
{
    public int? Apply(GlyphBuffer buffer, int index, LookupFlags flags, LayoutTable<ISubstitution> table)
    {
        if (MatchInput(buffer, index, flags) is not { } positions
            || !MatchesBackward(buffer, index, flags)
            || !MatchesForward(buffer, positions[^1], flags))
        {
            return null;
        }
        var countBefore = buffer.Count;
        foreach (var (sequence, lookup) in actions)
        {
            SubstitutionLookups.ApplyAt(buffer, positions[sequence] + buffer.Count - countBefore, table.Lookups[lookup], table);
        }
        return positions[^1] + 1 + buffer.Count - countBefore;
    }

    private List<int>? MatchInput(GlyphBuffer buffer, int index, LookupFlags flags)
    {
        var positions = new List<int>();
        for (var at = index; positions.Count < input.Length; at = buffer.Next(at, flags))
        {
            if (at < 0 || !input[positions.Count].Contains(buffer[at].Id))
            {
                return null;
            }
            positions.Add(at);
        }
        return positions;
    }

    private bool MatchesBackward(GlyphBuffer buffer, int index, LookupFlags flags)
    {
        foreach (var coverage in backtrack)
        {
            index = buffer.Previous(index, flags);
            if (index < 0 || !coverage.Contains(buffer[index].Id))
            {
                return false;
            }
        }
        return true;
    }

    private bool MatchesForward(GlyphBuffer buffer, int last, LookupFlags flags)
    {
        foreach (var coverage in lookahead)
        {
            last = buffer.Next(last, flags);
            if (last < 0 || !coverage.Contains(buffer[last].Id))
            {
                return false;
            }
        }
        return true;
    }

    public static ChainedContextSubstitution Read(FontData data, int subtable)
    {
        var at = subtable + 2;
        Coverage[] ReadCoverages()
        {
            var count = data.UInt16(at);
            var coverages = data.Coverages(subtable, at + 2, count);
            at += 2 + 2 * count;
            return coverages;
        }
        var (backtrack, input, lookahead) = (ReadCoverages(), ReadCoverages(), ReadCoverages());
        var actions = Enumerable.Range(0, data.UInt16(at))
            .Select(i => ((int)data.UInt16(at + 2 + 4 * i), (int)data.UInt16(at + 4 + 4 * i)))
            .ToArray();
        return new ChainedContextSubstitution(backtrack, input, lookahead, actions);
    }
}
