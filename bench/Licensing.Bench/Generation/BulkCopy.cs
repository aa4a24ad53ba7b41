using Npgsql;
using NpgsqlTypes;

namespace Licensing.Bench.Generation;

/// <summary>Writes rows to a table with PostgreSQL's binary COPY: one round trip per table, no per-row statements.</summary>
public static class BulkCopy
{
    public static async Task<long> WriteAsync(NpgsqlConnection connection, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var command = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(command);
        writer.Timeout = TimeSpan.FromHours(1);
        foreach (var row in rows)
        {
            if (row.Length != columns.Count) throw new ArgumentException($"{table}: {row.Length} values for {columns.Count} columns.");
            writer.StartRow();
            foreach (var value in row) Write(writer, value);
        }
        return (long)await writer.CompleteAsync();
    }

    private static void Write(NpgsqlBinaryImporter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(); break;
            case Guid v: writer.Write(v, NpgsqlDbType.Uuid); break;
            case string v: writer.Write(v, NpgsqlDbType.Varchar); break;
            case int v: writer.Write(v, NpgsqlDbType.Integer); break;
            case long v: writer.Write(v, NpgsqlDbType.Bigint); break;
            case bool v: writer.Write(v, NpgsqlDbType.Boolean); break;
            case decimal v: writer.Write(v, NpgsqlDbType.Numeric); break;
            case double v: writer.Write(v, NpgsqlDbType.Double); break;
            case DateOnly v: writer.Write(v, NpgsqlDbType.Date); break;
            case DateTimeOffset v: writer.Write(v.ToUniversalTime(), NpgsqlDbType.TimestampTz); break;
            default: throw new ArgumentException($"No COPY mapping for {value.GetType().Name}.");
        }
    }
}
