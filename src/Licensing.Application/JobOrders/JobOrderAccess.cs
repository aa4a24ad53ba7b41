using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.JobOrders;

/// <summary>Job orders are seen by licensing officers, who approve them, and by the registering agency's staff.</summary>
public static class JobOrderAccess
{
    public static IQueryable<JobOrder> VisibleTo(this IQueryable<JobOrder> orders, ICurrentUser user) =>
        user.IsLicensingOfficer() ? orders
        : user.AgencyScope() is { } agencyId ? orders.Where(o => o.AgencyId == agencyId)
        : orders.Where(_ => false);

    public static async Task<JobOrder> LoadVisibleJobOrderAsync(this ILicensingDb db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.JobOrders.VisibleTo(user).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw DomainException.NotFound();

    /// <summary>
    /// Officers and agencies share the job order pages (<see cref="Security.Policies.LicensingParticipants"/>), so the
    /// decision itself checks for <see cref="Security.Policies.LicensingOfficers"/>; to anyone else the order is not found.
    /// </summary>
    public static void EnsureJobOrderOfficer(this ICurrentUser user)
    {
        if (!user.IsLicensingOfficer()) throw DomainException.NotFound();
    }
}
