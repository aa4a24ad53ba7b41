using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// Who sees which workers: agency staff their agency's; embassy officers the deployments to their
/// country (without fees or documents); provincial officers the workers from their province;
/// MLVT and Interior all. Anything outside the caller's scope is not found.
/// </summary>
public static class WorkerAccess
{
    private enum Scope { None, Agency, Country, Province, All }

    private static Scope ScopeOf(ICurrentUser user) =>
        user.IsInRole(Roles.AgencyStaff) ? Scope.Agency
        : user.IsInRole(Roles.EmbassyOfficer) ? Scope.Country
        : user.IsInRole(Roles.ProvincialOfficer) ? Scope.Province
        : user.Satisfies(Policies.WorkerViewers) ? Scope.All // the other viewers: MLVT and Interior
        : Scope.None;

    public static IQueryable<Worker> VisibleWorkers(this ILicensingDb db, ICurrentUser user)
    {
        var workers = db.Workers.AsNoTracking();
        return ScopeOf(user) switch
        {
            Scope.All => workers,
            Scope.Agency => workers.Where(w => w.AgencyId == user.AgencyId),
            Scope.Province => workers.Where(w => w.Home.ProvinceCode == user.ProvinceCode),
            Scope.Country => workers.Where(w => db.Deployments.Any(d => d.WorkerId == w.Id && d.CountryCode == user.CountryCode)),
            _ => workers.Where(_ => false),
        };
    }

    public static IQueryable<Deployment> VisibleDeployments(this ILicensingDb db, ICurrentUser user)
    {
        var deployments = db.Deployments.AsNoTracking();
        return ScopeOf(user) switch
        {
            Scope.All => deployments,
            Scope.Agency => deployments.Where(d => d.AgencyId == user.AgencyId),
            Scope.Province => deployments.Where(d => db.Workers.Any(w => w.Id == d.WorkerId && w.Home.ProvinceCode == user.ProvinceCode)),
            Scope.Country => deployments.Where(d => d.CountryCode == user.CountryCode),
            _ => deployments.Where(_ => false),
        };
    }

    /// <summary>
    /// Monthly departures, returns and repatriations in the caller's scope: the database's running totals,
    /// which have no agency, except for agency staff, whose own agency's are counted from its deployments.
    /// </summary>
    public static IQueryable<WorkerMovement> VisibleMovements(this ILicensingDb db, ICurrentUser user)
    {
        var totals = db.WorkerMovementCounts.AsNoTracking();
        return ScopeOf(user) switch
        {
            Scope.All => WorkerMovement.FromTotals(totals),
            Scope.Agency => WorkerMovement.CountedFrom(db.VisibleDeployments(user), db.Workers.AsNoTracking()),
            Scope.Province => WorkerMovement.FromTotals(totals.Where(t => t.ProvinceCode == user.ProvinceCode)),
            Scope.Country => WorkerMovement.FromTotals(totals.Where(t => t.CountryCode == user.CountryCode)),
            _ => WorkerMovement.FromTotals(totals.Where(_ => false)),
        };
    }

    /// <summary>Whether the caller sees every deployment of the workers they see (all but embassy officers).</summary>
    public static bool SeesEveryDeploymentOfItsWorkers(this ICurrentUser user) => ScopeOf(user) is not Scope.Country;

    /// <summary>
    /// The workers the caller's register lists: those they see, except that an embassy's lists the workers
    /// whose latest deployment is to its country (ADR-016). One who has since gone elsewhere is still
    /// found by national ID or passport number, and their record stays open to the embassy.
    /// </summary>
    public static IQueryable<Worker> RegisterOf(this ILicensingDb db, ICurrentUser user) =>
        user.SeesEveryDeploymentOfItsWorkers()
            ? db.VisibleWorkers(user)
            : db.Workers.AsNoTracking().Where(w => EF.Property<string?>(w, LatestDeployment.CountryCode) == user.CountryCode);

    /// <summary>Agency staff and MLVT need identity numbers in full; embassy and provincial officers see them masked.</summary>
    public static bool SeesIdentityNumbers(this ICurrentUser user) => ScopeOf(user) is Scope.Agency or Scope.All;

    /// <summary>Embassy officers see neither the fees charged nor the documents filed.</summary>
    public static bool SeesFeesAndDocuments(this ICurrentUser user) => ScopeOf(user) is Scope.Agency or Scope.All or Scope.Province;

    /// <summary>The worker's open deployment, for their own agency's staff to record its steps.</summary>
    public static async Task<Deployment> LoadOpenDeploymentAsync(this ILicensingDb db, ICurrentUser user, Guid workerId, CancellationToken cancellationToken) =>
        await db.Deployments
            .Include(d => d.Fees).Include(d => d.OnSiteServices).Include(d => d.Repatriations)
            .Where(d => d.WorkerId == workerId && d.OpenSlot != null && d.AgencyId == user.AgencyId)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new DomainException(ErrorCodes.NoOpenDeployment, DomainErrorKind.NotFound);
}
