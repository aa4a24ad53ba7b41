using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Licensing.Infrastructure.Persistence;

/// <summary>Looks at what a save is about to write and, once it is committed, acts on it (wakes a worker, drops a cache).</summary>
public abstract class AfterSaveInterceptor : SaveChangesInterceptor
{
    private bool _due;

    /// <summary>Whether the pending changes call for <see cref="AfterSave"/>.</summary>
    protected abstract bool IsDue(DbContext context);

    protected abstract void AfterSave();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _due = eventData.Context is { } context && IsDue(context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _due = eventData.Context is { } context && IsDue(context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_due) AfterSave();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_due) AfterSave();
        return result;
    }
}
