using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

public static class InspectionSiteNames
{
    /// <summary>A site as a notice names it: "Branch: 12 Street 271 (Phnom Penh)".</summary>
    public static async Task<LocalizedText> SiteAsync(this ReferenceNames names, InspectionSite site, CancellationToken cancellationToken)
    {
        var (kind, province) = (names.Term(site.Kind), await names.ProvinceAsync(site.ProvinceCode, cancellationToken));
        return Catalogue.Both(Keys.InspectionSite, kind, site.Address, province);
    }
}
