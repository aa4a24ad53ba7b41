using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.JobOrders;

/// <summary>The officers' queue of job orders to verify (oldest first), and an agency's own job orders with how many workers each has.</summary>
public static class ListJobOrders
{
    public sealed record Query(JobOrderStatus? Status, int? Page, int? PageSize);

    public sealed record Item(
        Guid Id, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, string CountryCode, string EmployerName, string SectorCode, string Occupation,
        int WorkersRequested, int WorkersAssigned, decimal MonthlyWage, string Currency, int ContractMonths, JobOrderStatus Status, DateTimeOffset CreatedAt);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var orders = db.JobOrders.AsNoTracking().VisibleTo(user);
            if (query.Status is { } status) orders = orders.Where(o => o.Status == status);

            var total = await orders.CountAsync(cancellationToken);
            var items = await orders
                .OrderBy(o => o.Status == JobOrderStatus.Pending ? 0 : 1).ThenByDescending(o => o.CreatedAt)
                .Skip((number - 1) * size).Take(size)
                .Join(db.Agencies, o => o.AgencyId, a => a.Id, (o, a) => new Item(
                    o.Id, o.AgencyId, a.Name.Km, a.Name.En, o.Offer.CountryCode, o.Offer.EmployerName, o.Offer.SectorCode, o.Offer.Occupation,
                    o.Offer.WorkersRequested, db.Deployments.Count(d => d.JobOrderId == o.Id), o.Offer.MonthlyWage, o.Offer.Currency, o.Offer.ContractMonths,
                    o.Status, o.CreatedAt))
                .ToListAsync(cancellationToken);
            return new Page<Item>(items, total, number, size);
        }
    }
}
