using Licensing.Application.Licences;
using Licensing.Domain.Agencies;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Licensing.Infrastructure.Persistence;

/// <summary>After a save that changed a licence or an agency (with its branches and centres), drops the cached public answers.</summary>
public sealed class VerificationCacheInterceptor(VerificationCache cache) : SaveChangesInterceptor
{
    private bool _changed;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _changed = ChangesPublicRecord(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _changed = ChangesPublicRecord(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_changed) cache.Invalidate();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_changed) cache.Invalidate();
        return result;
    }

    private static bool ChangesPublicRecord(DbContext? context) =>
        context?.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Metadata.ClrType.Namespace is { } ns && (ns == typeof(Licence).Namespace || ns == typeof(Agency).Namespace)) ?? false;
}
