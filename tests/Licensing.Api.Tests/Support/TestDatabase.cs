using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// A fresh, empty database for one test application: a SQLite file in a temporary folder, or a
/// new database on the throwaway PostgreSQL server that scripts/test.sh starts (or on a server
/// of the test's own).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresServerVariable = "LICENSING_TEST_POSTGRES";

    private TestDatabase(DatabaseProvider provider, string connectionString, string folder, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
        _drop = drop;
    }

    private readonly Func<Task> _drop;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>A scratch folder for this application's files (SQLite file, mail pickup).</summary>
    public string Folder { get; }

    public string MailFolder => Path.Combine(Folder, "mail");

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return await CreatePostgresAsync(Environment.GetEnvironmentVariable(PostgresServerVariable)
                ?? throw new InvalidOperationException($"{PostgresServerVariable} is not set: run the tests with scripts/test.sh, which starts PostgreSQL."));
        }
        var folder = NewFolder();
        return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "licensing.db")}", folder, () => Task.CompletedTask);
    }

    /// <summary>A new database on the given PostgreSQL server.</summary>
    public static async Task<TestDatabase> CreatePostgresAsync(string server)
    {
        var name = $"licensing_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, NewFolder(), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    /// <summary>A context straight on the database, with no application running: to look at what is stored.</summary>
    public LicensingDbContext OpenContext() => new(new DbContextOptionsBuilder<LicensingDbContext>()
        .UseLicensingDatabase(new DatabaseOptions { Provider = Provider, ConnectionString = ConnectionString }).Options);

    public async ValueTask DisposeAsync()
    {
        await _drop();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a file still open; the temp folder is cleaned by the OS */ }
    }

    private static string NewFolder() => Directory.CreateTempSubdirectory("licensing-test-").FullName;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
