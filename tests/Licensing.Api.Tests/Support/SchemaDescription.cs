using System.Data.Common;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Support;

/// <summary>A database's schema as sorted lines, to compare two databases built different ways.</summary>
public static class SchemaDescription
{
    /// <summary>Every column (type, nullability), index (columns, uniqueness) and foreign key, one sorted line each.</summary>
    public static async Task<List<string>> DescribeAsync(TestDatabase database)
    {
        await using var db = database.OpenContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = database.Provider == DatabaseProvider.Sqlite ? await DescribeSqliteAsync(connection) : await DescribePostgresAsync(connection);
        return lines
            .Where(l => !l.StartsWith("__EFMigrations", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every trigger and (on PostgreSQL) trigger function, with its text, one sorted line each.</summary>
    public static async Task<List<string>> DescribeTriggersAsync(TestDatabase database)
    {
        await using var db = database.OpenContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = database.Provider == DatabaseProvider.Sqlite
            ? await QueryAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'", r => $"{r.GetString(0)}: {r.GetString(1)}")
            : await QueryAsync(connection,
                """
                SELECT t.tgname || ' on ' || c.relname || ': ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname = 'public'
                UNION ALL
                SELECT p.proname || ': ' || pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
                """, r => r.GetString(0));
        return lines.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var table in tables)
        {
            lines.AddRange(await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")",
                r => $"{table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} pk={r.GetInt64(5)}"));
            lines.AddRange(await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")",
                r => $"{table} fk {r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
            var indexes = await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")", r => (Name: r.GetString(1), Unique: r.GetInt64(2), Origin: r.GetString(3)));
            foreach (var index in indexes.Where(i => i.Origin == "c"))
            {
                var columns = await QueryAsync(connection, $"PRAGMA index_info(\"{index.Name}\")", r => r.GetString(2));
                lines.Add($"{table} index {index.Name} ({string.Join(",", columns)}) unique={index.Unique}");
            }
        }
        return lines;
    }

    private static async Task<List<string>> DescribePostgresAsync(DbConnection connection)
    {
        var lines = await QueryAsync(connection,
            """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length, -1), is_nullable, is_identity
            FROM information_schema.columns WHERE table_schema = 'public'
            """,
            r => $"{r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)} identity={r.GetString(5)}");
        lines.AddRange(await QueryAsync(connection,
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
            r => $"{r.GetString(0)} index {r.GetString(1)}: {r.GetString(2)}"));
        lines.AddRange(await QueryAsync(connection,
            """
            SELECT tc.table_name, tc.constraint_name, rc.delete_rule
            FROM information_schema.table_constraints tc
            JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name
            WHERE tc.table_schema = 'public' AND tc.constraint_type = 'FOREIGN KEY'
            """,
            r => $"{r.GetString(0)} fk {r.GetString(1)} on delete {r.GetString(2)}"));
        return lines;
    }

    public static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }
}
