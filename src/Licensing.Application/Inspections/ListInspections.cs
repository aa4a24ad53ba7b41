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

            // The date is read from its stored column (the scheduled day, else the planned day), which
            // an index keeps in order: a page is read from the index, not sorted from the whole table.
            var dated = inspections.Select(i => new { Inspection = i, Date = EF.Property<DateOnly>(i, InspectionAccess.DateColumn) });
            if (query.From is { } from) dated = dated.Where(x => x.Date >= from);
            if (query.To is { } to) dated = dated.Where(x => x.Date <= to);
            // Every inspection has its agency (a required foreign key), so the count needs no join.
            var total = await dated.CountAsync(cancellationToken);
            var items = await dated
                .Join(db.Agencies, x => x.Inspection.AgencyId, a => a.Id, (x, a) => new { x.Inspection, x.Date, Agency = a })
                .OrderBy(x => x.Date).ThenBy(x => x.Agency.Name.En)
                .Skip((number - 1) * size).Take(size)
                .Select(x => new Item
                {
                    Id = x.Inspection.Id, AgencyId = x.Agency.Id, AgencyNameKm = x.Agency.Name.Km, AgencyNameEn = x.Agency.Name.En,
                    Kind = x.Inspection.Kind, Status = x.Inspection.Status, SiteKind = x.Inspection.Site.Kind, Address = x.Inspection.Site.Address,
                    ProvinceCode = x.Inspection.Site.ProvinceCode, Date = x.Date, Announced = x.Inspection.Announced,
                })
                .ToListAsync(cancellationToken);
            return new Page<Item>(items, total, number, size);
        }
    }
}
