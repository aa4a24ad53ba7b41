using Licensing.Application.Complaints;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Complaints;
using Licensing.Domain.Identity;

namespace Licensing.Web.Pages.Complaints;

/// <summary>An officer (PDLVT, embassy, MLVT, Interior) files a complaint for a worker who came to them.</summary>
public sealed class OnBehalfModel(FileComplaint.Handler file, FindRespondent.Handler find, ListReferenceData.Handler reference)
    : ComplaintFormModel(file, find, reference)
{
    public override IReadOnlyList<FilerRole> FilerRoles => User.IsInRole(Roles.EmbassyOfficer)
        ? [FilerRole.Embassy, FilerRole.ProvincialOffice]
        : [FilerRole.ProvincialOffice, FilerRole.Embassy, FilerRole.Ngo, FilerRole.ResourceCentre];
}
