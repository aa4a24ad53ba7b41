using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

public static class InspectionSiteNames
{
    /// <summary>A site as a notice names it: "Branch: 12 Street 271 (Phnom Penh)".</summary>
    public static async Task<LocalizedText> SiteAsync(this ReferenceNames names, InspectionSite site, CancellationToken cancellationToken)
    {
        var (kind, province) = (names.Term(site.Kind), await names.ProvinceAsync(site.ProvinceCode, cancellationToken));
        return new LocalizedText($"{kind.Km}៖ {site.Address} ({province.Km})", $"{kind.En}: {site.Address} ({province.En})");
    }
}
