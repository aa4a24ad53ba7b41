using Licensing.Application.Abstractions;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Identity;

/// <summary>Reads the evaluation panel members' profiles from the identity tables.</summary>
public sealed class PanelDirectory(LicensingDbContext db) : IPanelDirectory
{
    public async Task<IReadOnlyList<PanelUser>> CandidatesAsync(CancellationToken cancellationToken)
    {
        var members = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == Roles.EvaluationPanelMember && u.PanelSector != null && u.Email != null
            orderby u.FullName
            select new { u.Id, u.FullName, u.Email, u.PanelSector, u.AgencyId }).ToListAsync(cancellationToken);
        return members.Select(m => new PanelUser(new PanelCandidate(m.Id, m.FullName, m.PanelSector!.Value, m.AgencyId), m.Email!)).ToList();
    }
}
