using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Complaints;
using Licensing.Domain.Identity;

namespace Licensing.Application.Complaints;

/// <summary>
/// Who is told about a complaint: its desk (the provincial officers of the province, who also
/// supervise it, or MLVT when the province has none or the complaint was sent centrally), and MLVT
/// (licensing officers and administrators) when escalation goes past the desk.
/// </summary>
public static class ComplaintRecipients
{
    public static async Task<IReadOnlyList<UserContact>> DeskAsync(this IUserDirectory directory, ComplaintDesk desk, string provinceCode, CancellationToken cancellationToken)
    {
        if (desk == ComplaintDesk.Province)
        {
            var officers = await directory.ListAsync(null, Roles.ProvincialOfficer, 1, Paging.MaxSize, cancellationToken);
            var inProvince = officers.Items.Where(u => u.ProvinceCode == provinceCode).Select(u => new UserContact(u.Id, u.Email, u.FullName, u.Language)).ToList();
            if (inProvince.Count > 0) return inProvince;
        }
        return await directory.MinistryAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<UserContact>> MinistryAsync(this IUserDirectory directory, CancellationToken cancellationToken) =>
        (await directory.InRoleAsync(Roles.LicensingOfficer, cancellationToken))
            .Concat(await directory.InRoleAsync(Roles.Administrator, cancellationToken))
            .Distinct().ToList();
}
