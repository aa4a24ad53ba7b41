using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>Inspections by date: an inspector's own calendar ("mine"), a plan's visits, or an agency's (announced) inspections.</summary>
public static class ListInspections
{
    public sealed record Query(bool Mine, Guid? PlanId, Guid? AgencyId, InspectionStatus? Status, DateOnly? From, DateOnly? To, int? Page, int? PageSize);

    public sealed record Item
    {
        public required Guid Id { get; init; }
        public required Guid AgencyId { get; init; }
        public required string AgencyNameKm { get; init; }
        public required string AgencyNameEn { get; init; }
        public required InspectionKind Kind { get; init; }
        public required InspectionStatus Status { get; init; }
        public required SiteKind SiteKind { get; init; }
        public required string Address { get; init; }
        public required string ProvinceCode { get; init; }
        public required DateOnly Date { get; init; }
        public required bool Announced { get; init; }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var inspections = db.Inspections.AsNoTracking().VisibleTo(user);
            if (query.Mine) inspections = inspections.Where(i => i.Team.Any(m => m.InspectorId == user.UserId));
            if (query.PlanId is { } plan) inspections = inspections.Where(i => i.PlanId == plan);
            if (query.AgencyId is { } agency) inspections = inspections.Where(i => i.AgencyId == agency);
            if (query.Status is { } status) inspections = inspections.Where(i => i.Status == status);

            var rows = inspections.Join(db.Agencies, i => i.AgencyId, a => a.Id, (i, a) => new Item
            {
                Id = i.Id, AgencyId = a.Id, AgencyNameKm = a.Name.Km, AgencyNameEn = a.Name.En, Kind = i.Kind, Status = i.Status,
                SiteKind = i.Site.Kind, Address = i.Site.Address, ProvinceCode = i.Site.ProvinceCode, Date = i.ScheduledOn ?? i.PlannedFor, Announced = i.Announced,
            });
            if (query.From is { } from) rows = rows.Where(r => r.Date >= from);
            if (query.To is { } to) rows = rows.Where(r => r.Date <= to);
            var total = await rows.CountAsync(cancellationToken);
            var items = await rows.OrderBy(r => r.Date).ThenBy(r => r.AgencyNameEn).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
            return new Page<Item>(items, total, number, size);
        }
    }
}
