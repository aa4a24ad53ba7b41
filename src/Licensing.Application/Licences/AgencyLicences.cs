using System.Linq.Expressions;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Licences;

/// <summary>
/// "The agency's licence" (R31), asked in one place: the licence it holds (active or suspended; the database allows
/// one), else its latest. Every status rule and every sanction acts on this licence and no other.
/// </summary>
public static class AgencyLicences
{
    /// <summary>The licences their companies hold: active or suspended (<see cref="OneLicencePerCompany.HoldingStatuses"/>).</summary>
    public static IQueryable<Licence> Held(this IQueryable<Licence> licences) =>
        licences.Where(HeldLicence);

    private static readonly Expression<Func<Licence, bool>> HeldLicence = StatusPredicate.AnyOf((Licence l) => l.Status, OneLicencePerCompany.HoldingStatuses);

    /// <summary>The agency's licences, its licence first: the held one, then the latest issued.</summary>
    public static IQueryable<Licence> OfAgency(this IQueryable<Licence> licences, Guid agencyId) =>
        licences.Where(l => l.AgencyId == agencyId)
            .OrderByDescending(HeldLicence)
            .ThenByDescending(l => l.IssuedOn).ThenByDescending(l => l.Number);

    /// <summary>The agency's licence, tracked with its history so that its status can change; null if it never held one.</summary>
    public static Task<Licence?> AgencyLicenceAsync(this ILicensingDb db, Guid agencyId, CancellationToken cancellationToken) =>
        db.Licences.Include(l => l.History).OfAgency(agencyId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The status of the agency's licence; null if it never held one.</summary>
    public static Task<LicenceStatus?> AgencyLicenceStatusAsync(this ILicensingDb db, Guid agencyId, CancellationToken cancellationToken) =>
        db.Licences.AsNoTracking().OfAgency(agencyId).Select(l => (LicenceStatus?)l.Status).FirstOrDefaultAsync(cancellationToken);

    /// <summary>R31: refuses a new licence while the agency holds one.</summary>
    public static async Task EnsureMayApplyForNewAsync(this ILicensingDb db, Guid agencyId, CancellationToken cancellationToken) =>
        OneLicencePerCompany.EnsureMayApplyForNew(await db.Licences.AsNoTracking().OfAgency(agencyId).FirstOrDefaultAsync(cancellationToken));

    /// <summary>Job orders and the assignment of workers need the agency's licence to be active (<see cref="ActiveLicenceToRecruit"/>).</summary>
    public static async Task EnsureMayRecruitAsync(this ILicensingDb db, Guid agencyId, CancellationToken cancellationToken) =>
        ActiveLicenceToRecruit.Ensure(await db.Licences.AsNoTracking().OfAgency(agencyId).FirstOrDefaultAsync(cancellationToken));
}
