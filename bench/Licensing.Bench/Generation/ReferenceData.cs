using Npgsql;

namespace Licensing.Bench.Generation;

/// <summary>The codes the application seeded (provinces, receiving countries, sectors, checklist items), read back so generated rows refer to real ones.</summary>
public sealed record ReferenceData(IReadOnlyList<string> Provinces, IReadOnlyList<string> Countries, IReadOnlyList<string> Sectors, IReadOnlyList<string> ChecklistItems)
{
    /// <summary>Receiving countries, most frequent first (Thailand, Korea, Malaysia, Japan lead in MLVT's figures).</summary>
    private static readonly string[] CountryOrder = ["TH", "KR", "MY", "JP", "SG", "HK", "SA", "QA", "KW"];

    public static async Task<ReferenceData> ReadAsync(NpgsqlConnection connection)
    {
        var provinces = await CodesAsync(connection, "Provinces");
        // Phnom Penh (KH-12) and the north-western border provinces send the most workers.
        var provinceOrder = new[] { "KH-12", "KH-1", "KH-2", "KH-22", "KH-3", "KH-14", "KH-18" }.Where(provinces.Contains).Concat(provinces.Order()).Distinct().ToList();
        var countries = await CodesAsync(connection, "Countries");
        return new ReferenceData(
            provinceOrder,
            CountryOrder.Where(countries.Contains).Concat(countries.Order()).Distinct().ToList(),
            await CodesAsync(connection, "Sectors"),
            await CodesAsync(connection, "ChecklistItems"));
    }

    private static async Task<List<string>> CodesAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT \"Code\" FROM \"{table}\" ORDER BY \"Code\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var codes = new List<string>();
        while (await reader.ReadAsync()) codes.Add(reader.GetString(0));
        if (codes.Count == 0) throw new InvalidOperationException($"No {table}: start the application once on this database so it migrates and seeds.");
        return codes;
    }
}
