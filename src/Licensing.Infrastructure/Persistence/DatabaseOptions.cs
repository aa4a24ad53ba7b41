namespace Licensing.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database", plus ConnectionStrings:Licensing.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the SQLite file lives when no connection string is given.</summary>
    public string DataDirectory { get; set; } = "data";

    public bool ApplyMigrationsOnStartup { get; set; } = true;

    public string? ConnectionString { get; set; }

    public string EffectiveConnectionString => ConnectionString is { Length: > 0 } given
        ? given
        : Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "licensing.db")}"
            : throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:Licensing.");
}
