using Licensing.Application.Complaints;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Complaints;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Complaints;

/// <summary>The public complaint form: no account, Khmer first, made for a cheap phone.</summary>
[EnableRateLimiting(PublicForms.ComplaintFiling)]
public sealed class FileModel(FileComplaint.Handler file, FindRespondent.Handler find, ListReferenceData.Handler reference)
    : ComplaintFormModel(file, find, reference)
{
    public override IReadOnlyList<FilerRole> FilerRoles { get; } =
        [FilerRole.Worker, FilerRole.FamilyMember, FilerRole.Ngo, FilerRole.TradeUnion, FilerRole.ResourceCentre];
}
