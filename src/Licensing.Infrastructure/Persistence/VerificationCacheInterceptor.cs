using Licensing.Application.Licences;
using Licensing.Domain.Agencies;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Persistence;

/// <summary>After a save that changed a licence or an agency (with its branches and centres), drops the cached public answers.</summary>
public sealed class VerificationCacheInterceptor(VerificationCache cache) : AfterSaveInterceptor
{
    protected override bool IsDue(DbContext context) =>
        context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Metadata.ClrType.Namespace is { } ns && (ns == typeof(Licence).Namespace || ns == typeof(Agency).Namespace));

    protected override void AfterSave() => cache.Invalidate();
}
