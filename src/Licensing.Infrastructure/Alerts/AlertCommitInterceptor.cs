using System.Data.Common;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Licensing.Infrastructure.Alerts;

/// <summary>
/// Around a save that writes alerts: on PostgreSQL, inside the transaction, takes an advisory
/// lock (so alert sequences commit in order and a stream resumed after sequence N misses nothing)
/// and queues a NOTIFY that other instances receive at commit. After the commit, wakes this
/// instance's feed. (SQLite has one writer at a time, so its sequences commit in order anyway.)
/// </summary>
public sealed class AlertCommitInterceptor(AlertFeed feed) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public const string Channel = "licensing_alerts";
    private const long AlertWriterLock = 0x4C_49_43_41_4C_45_52_54; // "LICALERT"

    private bool _writesAlerts;

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _writesAlerts = WritesAlerts(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _writesAlerts = WritesAlerts(eventData.Context);
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (WritesAlerts(eventData.Context) && eventData.Context!.Database.IsNpgsql())
        {
            await using var command = connection.CreateCommand();
            command.Transaction = result;
            command.CommandText = $"SELECT pg_advisory_xact_lock({AlertWriterLock}); NOTIFY {Channel};";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_writesAlerts) feed.Wake();
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_writesAlerts) feed.Wake();
        return result;
    }

    private static bool WritesAlerts(DbContext? context) =>
        context?.ChangeTracker.Entries<Alert>().Any(e => e.State == EntityState.Added) ?? false;
}
