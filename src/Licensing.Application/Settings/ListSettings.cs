using Licensing.Application.Abstractions;
using Licensing.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Settings;

/// <summary>Every setting with its current value, its default and the version to send back when changing it.</summary>
public static class ListSettings
{
    public sealed record Item(string Key, string Value, string Default, string Kind, string Description, Guid Version);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken)
        {
            var stored = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, cancellationToken);
            return SettingCatalog.All
                .Where(d => stored.ContainsKey(d.Key))
                .Select(d => new Item(d.Key, stored[d.Key].Value, d.Default, d.Kind.ToString(), d.Description, stored[d.Key].Version))
                .ToList();
        }
    }
}
