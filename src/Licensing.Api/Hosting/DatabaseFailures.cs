using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Licensing.Api.Hosting;

/// <summary>Failures that say the database was briefly unreachable (restarting, connection cut, locked), not that the request was wrong.</summary>
internal static class DatabaseFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException
                || e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
                || (e is PostgresException { SqlState: var state } && state.StartsWith("57P", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }
}
