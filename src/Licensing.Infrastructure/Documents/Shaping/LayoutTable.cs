namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>The Khmer script's features and the lookups of a GSUB or GPOS table.</summary>
internal sealed class LayoutTable<TSubtable>
{
    private readonly Dictionary<string, int[]> lookupsByFeature;

    private LayoutTable(Dictionary<string, int[]> lookupsByFeature, Lookup<TSubtable>[] lookups)
    {
        this.lookupsByFeature = lookupsByFeature;
        Lookups = lookups;
    }

    public IReadOnlyList<Lookup<TSubtable>> Lookups { get; }

    /// <summary>
    /// The lookups of the given features in lookup-list order, which is the order OpenType applies them in,
    /// each with the flags of every feature that uses it; features the font lacks are left out.
    /// </summary>
    public IReadOnlyList<(Lookup<TSubtable> Lookup, Features Features)> LookupsFor(params (string Tag, Features Features)[] features) =>
        features
            .SelectMany(feature => lookupsByFeature.GetValueOrDefault(feature.Tag, []).Select(index => (index, feature.Features)))
            .GroupBy(pair => pair.index, pair => pair.Features)
            .OrderBy(group => group.Key)
            .Select(group => (Lookups[group.Key], group.Aggregate((all, next) => all | next)))
            .ToList();

    public static LayoutTable<TSubtable> Read(FontData data, int table, Func<FontData, int, int, TSubtable> readSubtable)
    {
        var scripts = data.Follow(table, table + 4);
        var features = data.Follow(table, table + 6);
        var lookups = data.Follow(table, table + 8);
        var lookupsByFeature = FeatureIndicesOfKhmer(data, scripts).ToDictionary(
            index => data.Tag(features + 2 + 6 * index),
            index => LookupIndices(data, data.Follow(features, features + 2 + 6 * index + 4)));
        var lookupTables = data.FollowAll(lookups, lookups + 2, data.UInt16(lookups));
        return new LayoutTable<TSubtable>(lookupsByFeature, lookupTables.Select(lookup => ReadLookup(data, lookup, readSubtable)).ToArray());
    }

    private static IEnumerable<int> FeatureIndicesOfKhmer(FontData data, int scripts)
    {
        for (var i = 0; i < data.UInt16(scripts); i++)
        {
            var record = scripts + 2 + 6 * i;
            if (data.Tag(record) != "khmr")
            {
                continue;
            }
            var script = data.Follow(scripts, record + 4);
            var langSys = data.FollowOptional(script, script)
                ?? throw new InvalidDataException("The font's Khmer script has no default language system.");
            return Enumerable.Range(0, data.UInt16(langSys + 4)).Select(f => (int)data.UInt16(langSys + 6 + 2 * f));
        }
        throw new InvalidDataException("The font has no OpenType layout for the Khmer script ('khmr').");
    }

    private static int[] LookupIndices(FontData data, int feature) =>
        Enumerable.Range(0, data.UInt16(feature + 2)).Select(i => (int)data.UInt16(feature + 4 + 2 * i)).ToArray();

    private static Lookup<TSubtable> ReadLookup(FontData data, int lookup, Func<FontData, int, int, TSubtable> readSubtable)
    {
        var type = data.UInt16(lookup);
        var flags = (LookupFlags)data.UInt16(lookup + 2);
        if ((flags & ~(LookupFlags.IgnoreBaseGlyphs | LookupFlags.IgnoreLigatures | LookupFlags.IgnoreMarks)) != 0)
        {
            throw new NotSupportedException($"Lookup flags {flags} (mark filtering, cursive direction) are not supported.");
        }
        var subtables = data.FollowAll(lookup, lookup + 6, data.UInt16(lookup + 4));
        return new Lookup<TSubtable>(flags, subtables.Select(subtable => readSubtable(data, type, subtable)).ToArray());
    }
}

internal sealed record Lookup<TSubtable>(LookupFlags Flags, TSubtable[] Subtables);

[Flags]
internal enum LookupFlags
{
    None = 0,
    IgnoreBaseGlyphs = 2,
    IgnoreLigatures = 4,
    IgnoreMarks = 8,
}
