using System.Data.Common;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Licensing.Infrastructure.ChangeFeed;

/// <summary>
/// Writes the change feed in the transaction of the change (ADR-029). A save notes the feed's records it changes and,
/// outside any transaction, opens one of its own; the lines are written as that transaction commits, so the counter's
/// lock is the last one taken and is held only for the commit. A failed save forgets its records; a rollback, all of them.
/// </summary>
public sealed class ChangeFeedInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly List<ChangedRecord> _pending = [];
    private int _pendingBeforeSave;
    private IDbContextTransaction? _own;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not LicensingDbContext context) return result;
        var changed = ChangedRecords.In(context);
        _pendingBeforeSave = _pending.Count;
        if (changed.IsEmpty) return result;
        _pending.AddRange(await changed.ResolveAsync(context, cancellationToken));
        if (context.Database.CurrentTransaction is null) _own = await context.Database.BeginTransactionAsync(cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is { } context && !ChangedRecords.In(context).IsEmpty
            ? throw new InvalidOperationException("A save that changes the change feed's records must be asynchronous (SaveChangesAsync).")
            : result;

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_own is { } own)
        {
            _own = null;
            await using (own) await own.CommitAsync(cancellationToken);
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.RemoveRange(_pendingBeforeSave, _pending.Count - _pendingBeforeSave);
        if (_own is { } own)
        {
            _own = null;
            await using (own) await own.RollbackAsync(cancellationToken);
        }
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (_pending.Count > 0 && eventData.Context is { } context)
        {
            var records = _pending.GroupBy(r => (r.Kind, r.RecordId)).Select(g => g.Last()).ToList();
            _pending.Clear();
            await ChangeFeedWriter.WriteAsync(context, transaction, records, cancellationToken);
        }
        return result;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        _pending.Count > 0 ? throw new InvalidOperationException("A transaction that changes the change feed's records must commit asynchronously.") : result;

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pending.Clear();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Clear();
        return Task.CompletedTask;
    }
}
