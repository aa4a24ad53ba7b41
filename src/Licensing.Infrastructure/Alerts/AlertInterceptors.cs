using System.Data.Common;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Licensing.Infrastructure.Alerts;

/// <summary>
/// On PostgreSQL, inside a transaction that writes alerts: takes an advisory lock (so alert
/// sequences commit in order and a stream resumed after sequence N misses nothing) and queues a
/// NOTIFY that other instances receive at commit. SQLite has one writer at a time, so its
/// sequences commit in order anyway.
/// </summary>
public sealed class AlertTransactionInterceptor : DbTransactionInterceptor
{
    public const string Channel = "licensing_alerts";
    private const long AlertWriterLock = 0x4C_49_43_41_4C_45_52_54; // "LICALERT"

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && AlertWakeInterceptor.WritesAlerts(context) && context.Database.IsNpgsql())
        {
            await using var command = connection.CreateCommand();
            command.Transaction = result;
            command.CommandText = $"SELECT pg_advisory_xact_lock({AlertWriterLock}); NOTIFY {Channel};";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return result;
    }
}

/// <summary>After a commit that wrote alerts, wakes this instance's feed.</summary>
public sealed class AlertWakeInterceptor(AlertFeed feed) : AfterSaveInterceptor
{
    public static bool WritesAlerts(DbContext context) => context.ChangeTracker.Entries<Alert>().Any(e => e.State == EntityState.Added);

    protected override bool IsDue(DbContext context) => WritesAlerts(context);

    protected override void AfterSave() => feed.Wake();
}
