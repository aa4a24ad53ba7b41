using System.Globalization;
using Licensing.Application.Abstractions;
using Licensing.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

/// <summary>Reads a setting's current value, falling back to its catalogued default.</summary>
public static class SettingValues
{
    public static async Task<string> GetSettingAsync(this ILicensingDb db, string key, CancellationToken cancellationToken)
    {
        var stored = await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        return stored ?? SettingCatalog.Find(key)?.Default ?? throw new InvalidOperationException($"No setting '{key}' is catalogued.");
    }

    public static async Task<int> GetIntSettingAsync(this ILicensingDb db, string key, CancellationToken cancellationToken) =>
        int.Parse(await db.GetSettingAsync(key, cancellationToken), CultureInfo.InvariantCulture);
}
