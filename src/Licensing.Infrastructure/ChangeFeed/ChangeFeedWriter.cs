using System.Data.Common;
using Licensing.Domain.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Licensing.Infrastructure.ChangeFeed;

/// <summary>
/// Writes a transaction's feed lines just before it commits: moves the counter on by their number (its row lock is
/// held until the commit, so the next writer's positions follow this one's) and inserts them at the positions taken.
/// </summary>
internal static class ChangeFeedWriter
{
    /// <summary>Lines per INSERT, far below both providers' parameter limits.</summary>
    private const int LinesPerCommand = 500;

    public static async Task WriteAsync(DbContext context, DbTransaction transaction, IReadOnlyList<ChangedRecord> records, CancellationToken cancellationToken)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var changes = context.Model.FindEntityType(typeof(ChangeEntry))!;
        var counter = context.Model.FindEntityType(typeof(ChangeCounter))!;
        var connection = transaction.Connection!;

        long last;
        await using (var take = connection.CreateCommand())
        {
            take.Transaction = transaction;
            var position = Column(sql, counter, nameof(ChangeCounter.LastPosition));
            take.CommandText = $"UPDATE {sql.DelimitIdentifier(ChangeFeedTables.Counter)} SET {position} = {position} + {records.Count} "
                + $"WHERE {Column(sql, counter, nameof(ChangeCounter.Id))} = {ChangeCounter.TheOne} RETURNING {position}";
            last = Convert.ToInt64(await take.ExecuteScalarAsync(cancellationToken));
        }

        var first = last - records.Count + 1;
        string[] columns = [nameof(ChangeEntry.Position), nameof(ChangeEntry.Kind), nameof(ChangeEntry.RecordId), nameof(ChangeEntry.Operation), nameof(ChangeEntry.AgencyId), nameof(ChangeEntry.CountryCode)];
        var head = $"INSERT INTO {sql.DelimitIdentifier(ChangeFeedTables.Changes)} ({string.Join(", ", columns.Select(c => Column(sql, changes, c)))}) VALUES ";
        foreach (var chunk in records.Select((record, index) => (record, position: first + index)).Chunk(LinesPerCommand))
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            var rows = new List<string>();
            foreach (var (record, position) in chunk)
            {
                object?[] values = [position, record.Kind, record.RecordId, record.Operation, record.AgencyId, record.CountryCode];
                var names = columns.Select((column, i) => Parameter(insert, changes, column, $"p{rows.Count}_{i}", values[i])).ToList();
                rows.Add($"({string.Join(", ", names)})");
            }
            insert.CommandText = head + string.Join(", ", rows);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Column(ISqlGenerationHelper sql, IEntityType entity, string property) =>
        sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());

    /// <summary>A parameter written as the model writes the column (an enum as its name, a Guid or a time as the provider stores it).</summary>
    private static string Parameter(DbCommand command, IEntityType entity, string property, string name, object? value)
    {
        var mapped = entity.FindProperty(property)!;
        command.Parameters.Add(mapped.GetRelationalTypeMapping().CreateParameter(command, name, value, mapped.IsNullable));
        return "@" + name;
    }
}
