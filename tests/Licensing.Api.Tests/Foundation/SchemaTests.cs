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

        var fromMigrations = await SchemaDescription.DescribeAsync(migrated);
        var fromModel = await SchemaDescription.DescribeAsync(created);
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

        var schema = await SchemaDescription.DescribeAsync(database);
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
        var tables = await SchemaDescription.QueryAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'hangfire'", r => r.GetString(0));
        Assert.Contains("job", tables);
        Assert.Contains("set", tables);
        Assert.Contains("lock", tables);
        var installed = await SchemaDescription.QueryAsync(connection, "SELECT version FROM hangfire.schema", r => r.GetInt32(0));
        Assert.Single(installed);
    }

    private static LicensingDbContext Context(TestDatabase database) => new(
        new DbContextOptionsBuilder<LicensingDbContext>()
            .UseLicensingDatabase(new DatabaseOptions { Provider = database.Provider, ConnectionString = database.ConnectionString })
            .Options);
}
