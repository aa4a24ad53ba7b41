using System.Globalization;
using Npgsql;

namespace Licensing.Bench;

/// <summary>Statements the harness runs on the database directly, without a time limit (some touch millions of rows).</summary>
public static class Sql
{
    /// <summary>Runs the statement and returns its first value as a number (0 when it returns none).</summary>
    public static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, CultureInfo.InvariantCulture);
    }
}
