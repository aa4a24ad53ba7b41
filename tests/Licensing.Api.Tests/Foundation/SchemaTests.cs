using System.Data.Common;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Foundation;

/// <summary>The generated migrations build exactly the schema the EF model describes, and hold every change of the model, on each provider.</summary>
public sealed class SchemaTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrations_BuildTheSameSchemaAsTheModel(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var created = await TestDatabase.CreateAsync(provider);

        await using (var db = Context(migrated)) await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        await using (var db = Context(created)) await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);

        var fromMigrations = await DescribeAsync(migrated);
        var fromModel = await DescribeAsync(created);
        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Migrations_HaveNoPendingModelChanges(DatabaseProvider provider)
    {
        // What `dotnet ef migrations has-pending-model-changes` answers: the model equals the provider's last snapshot.
        var connectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused";
        using var db = new LicensingDbContext(new DbContextOptionsBuilder<LicensingDbContext>()
            .UseLicensingDatabase(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }).Options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrations_LeaveNoQuartzTables(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = Context(database)) await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        var schema = await DescribeAsync(database);
        Assert.DoesNotContain(schema, line => line.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(schema, line => line.StartsWith("JobSchedules.Cron", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MigrationStep_InstallsHangfiresSchemaOnPostgres_OnceWhenTwoInstancesMigrateTogether()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var first = Context(database);
        await using var second = Context(database);
        // The application's tables are there; Hangfire's are not yet, and both instances' migration steps make them at once.
        await first.Database.MigrateAsync(TestContext.Current.CancellationToken);

        await Task.WhenAll(first.ApplyMigrationsAsync(TestContext.Current.CancellationToken), second.ApplyMigrationsAsync(TestContext.Current.CancellationToken));

        var connection = first.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var tables = await QueryAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'hangfire'", r => r.GetString(0));
        Assert.Contains("job", tables);
        Assert.Contains("set", tables);
        Assert.Contains("lock", tables);
        var installed = await QueryAsync(connection, "SELECT version FROM hangfire.schema", r => r.GetInt32(0));
        Assert.Single(installed);
    }

    private static LicensingDbContext Context(TestDatabase database) => new(
        new DbContextOptionsBuilder<LicensingDbContext>()
            .UseLicensingDatabase(new DatabaseOptions { Provider = database.Provider, ConnectionString = database.ConnectionString })
            .Options);

    /// <summary>Every column (type, nullability), index (columns, uniqueness) and foreign key, one sorted line each.</summary>
    private static async Task<List<string>> DescribeAsync(TestDatabase database)
    {
        await using var db = Context(database);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = database.Provider == DatabaseProvider.Sqlite ? await DescribeSqliteAsync(connection) : await DescribePostgresAsync(connection);
        return lines
            .Where(l => !l.StartsWith("__EFMigrations", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
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

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }
}
