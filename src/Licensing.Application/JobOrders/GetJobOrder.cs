using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.JobOrders;

/// <summary>One job order with its decision and how many workers are assigned to it.</summary>
public static class GetJobOrder
{
    public sealed record Detail(
        Guid Id, Guid AgencyId, JobOffer Offer, JobOrderStatus Status, int WorkersAssigned, DateTimeOffset CreatedAt, string CreatedBy,
        DateTimeOffset? DecidedAt, string? DecidedBy, string? DecisionNote);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken) =>
            await db.JobOrders.AsNoTracking().VisibleTo(user).Where(o => o.Id == id)
                .Select(o => new Detail(o.Id, o.AgencyId, o.Offer, o.Status, db.Deployments.Count(d => d.JobOrderId == o.Id), o.CreatedAt, o.CreatedBy,
                    o.DecidedAt, o.DecidedBy, o.DecisionNote))
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound();
    }
}
