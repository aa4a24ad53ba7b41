using Licensing.Application.Settings;
using Licensing.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Persistence;

/// <summary>After a save that changed a setting, drops this instance's cached settings.</summary>
public sealed class RuleSettingsCacheInterceptor(RuleSettingsCache cache) : AfterSaveInterceptor
{
    protected override bool IsDue(DbContext context) =>
        context.ChangeTracker.Entries<Setting>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    protected override void AfterSave() => cache.Invalidate();
}
