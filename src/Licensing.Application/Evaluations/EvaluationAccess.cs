using System.Linq.Expressions;
using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Evaluations;

/// <summary>
/// Who sees which evaluation: the secretariat and decision-makers (licensing officers,
/// administrators) all; a panel member those they sit on; agency staff their own agency's.
/// Anything else is not found.
/// </summary>
public static class EvaluationAccess
{
    /// <summary>An evaluation under way (<see cref="Evaluation.OpenStatuses"/>) in a query, its statuses as constants.</summary>
    public static readonly Expression<Func<Evaluation, bool>> IsOpen = StatusPredicate.AnyOf((Evaluation e) => e.Status, Evaluation.OpenStatuses);

    public static IQueryable<Evaluation> VisibleTo(this IQueryable<Evaluation> evaluations, ICurrentUser user)
    {
        if (user.IsLicensingOfficer()) return evaluations;
        if (user.IsInRole(Roles.EvaluationPanelMember)) return evaluations.Where(e => e.Panel.Any(m => m.UserId == user.UserId));
        if (user.IsInRole(Roles.AgencyStaff)) return evaluations.Where(e => e.AgencyId == user.AgencyId);
        return evaluations.Where(_ => false);
    }

    public static async Task<Evaluation> LoadVisibleEvaluationAsync(this ILicensingDb db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.Evaluations.VisibleTo(user).Include(e => e.Panel).Include(e => e.Scores)
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw DomainException.NotFound();

}
