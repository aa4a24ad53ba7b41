namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>A GSUB subtable.</summary>
internal interface ISubstitution
{
    /// <summary>Substitutes at <paramref name="index"/> if the subtable matches there.</summary>
    /// <returns>The index to go on from, or null if the subtable does not match.</returns>
    int? Apply(GlyphBuffer buffer, int index, LookupFlags flags, LayoutTable<ISubstitution> table);
}

/// <summary>Reads and runs GSUB lookups of the kinds Khmer fonts use: single, ligature and chained context (format 3).</summary>
internal static class SubstitutionLookups
{
    public static ISubstitution Read(FontData data, int type, int subtable) => (type, data.UInt16(subtable)) switch
    {
        (1, 1 or 2) => SingleSubstitution.Read(data, subtable),
        (4, 1) => LigatureSubstitution.Read(data, subtable),
        (6, 3) => ChainedContextSubstitution.Read(data, subtable),
        var (other, format) => throw new NotSupportedException($"GSUB lookup type {other} format {format} is not supported."),
    };

    /// <summary>Runs each lookup along the buffer, on the glyphs that have one of its features.</summary>
    public static void Apply(GlyphBuffer buffer, LayoutTable<ISubstitution> table, IEnumerable<(Lookup<ISubstitution> Lookup, Features Features)> lookups)
    {
        foreach (var (lookup, features) in lookups)
        {
            var index = 0;
            while (index < buffer.Count)
            {
                var eligible = (buffer[index].Features & features) != 0 && !buffer.IsIgnored(index, lookup.Flags);
                index = (eligible ? ApplyAt(buffer, index, lookup, table) : null) ?? index + 1;
            }
        }
    }

    /// <summary>Applies the first of the lookup's subtables that matches at <paramref name="index"/>.</summary>
    public static int? ApplyAt(GlyphBuffer buffer, int index, Lookup<ISubstitution> lookup, LayoutTable<ISubstitution> table) =>
        lookup.Subtables.Select(subtable => subtable.Apply(buffer, index, lookup.Flags, table)).FirstOrDefault(next => next is not null);
}

internal sealed class SingleSubstitution(Dictionary<ushort, ushort> substitutes) : ISubstitution
{
    public int? Apply(GlyphBuffer buffer, int index, LookupFlags flags, LayoutTable<ISubstitution> table)
    {
        if (!substitutes.TryGetValue(buffer[index].Id, out var substitute))
        {
            return null;
        }
        buffer[index].Id = substitute;
        return index + 1;
    }

    public static SingleSubstitution Read(FontData data, int subtable)
    {
        var coverage = data.Coverage(data.Follow(subtable, subtable + 2));
        var delta = data.Int16(subtable + 4);
        return new SingleSubstitution(coverage.Entries.ToDictionary(
            entry => entry.Key,
            entry => data.UInt16(subtable) == 1 ? (ushort)(entry.Key + delta) : data.UInt16(subtable + 6 + 2 * entry.Value)));
    }
}

internal sealed class LigatureSubstitution(Coverage coverage, (ushort Glyph, ushort[] Components)[][] ligatureSets) : ISubstitution
{
    public int? Apply(GlyphBuffer buffer, int index, LookupFlags flags, LayoutTable<ISubstitution> table)
    {
        if (!coverage.TryGetIndex(buffer[index].Id, out var set))
        {
            return null;
        }
        foreach (var (ligature, components) in ligatureSets[set])
        {
            if (Match(buffer, index, flags, components) is { } positions)
            {
                buffer.Ligate(positions, ligature);
                return index + 1;
            }
        }
        return null;
    }

    private static List<int>? Match(GlyphBuffer buffer, int index, LookupFlags flags, ushort[] components)
    {
        var positions = new List<int> { index };
        foreach (var component in components)
        {
            var next = buffer.Next(positions[^1], flags);
            if (next < 0 || buffer[next].Id != component)
            {
                return null;
            }
            positions.Add(next);
        }
        return positions;
    }

    public static LigatureSubstitution Read(FontData data, int subtable)
    {
        var sets = data.FollowAll(subtable, subtable + 6, data.UInt16(subtable + 4));
        return new LigatureSubstitution(
            data.Coverage(data.Follow(subtable, subtable + 2)),
            sets.Select(set => data.FollowAll(set, set + 2, data.UInt16(set)).Select(ligature => ReadLigature(data, ligature)).ToArray()).ToArray());
    }

    private static (ushort, ushort[]) ReadLigature(FontData data, int ligature) =>
        (data.UInt16(ligature), Enumerable.Range(0, data.UInt16(ligature + 2) - 1).Select(i => data.UInt16(ligature + 4 + 2 * i)).ToArray());
}
