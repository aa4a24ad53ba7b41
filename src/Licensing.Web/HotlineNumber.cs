using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Domain.Settings;

namespace Licensing.Web;

/// <summary>MLVT's public hotline (setting public.hotline), for every page that tells people to call.</summary>
public sealed class HotlineNumber(RuleSettingsCache rules, ILicensingDb db)
{
    /// <summary>The error page must render even when the failure it reports is the database's: then the catalogued number.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await rules.GetAsync(db, cancellationToken)).PublicHotline;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SettingCatalog.Find(SettingCatalog.PublicHotline)!.Default;
        }
    }
}
