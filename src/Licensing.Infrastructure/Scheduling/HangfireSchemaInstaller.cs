using Hangfire.PostgreSql;
using Npgsql;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>
/// Installs or upgrades Hangfire's schema in PostgreSQL, as part of the migration step. An advisory
/// lock makes instances that migrate together take turns, so no two run Hangfire's scripts at once.
/// </summary>
public static class HangfireSchemaInstaller
{
    private const long LockKey = 0x4c6963_48616e67; // "Lic" "Hang"

    public static async Task InstallAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var acquire = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
        {
            await acquire.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            PostgreSqlObjectsInstaller.Install(connection, SchedulingSetup.HangfireSchema);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
