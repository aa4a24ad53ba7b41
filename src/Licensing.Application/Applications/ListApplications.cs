using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Sanctions;
using Licensing.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Applications;

/// <summary>
/// Officers' queue (by default the submitted applications, oldest first, with their age) and an
/// agency's own applications.
/// </summary>
public static class ListApplications
{
    public sealed record Query(ApplicationStatus? Status, int? Page, int? PageSize);

    public sealed record Item(Guid Id, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, ApplicationKind Kind, ApplicationStatus Status,
        DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, int? DaysWaiting, bool PriorityProcessing);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var applications = db.LicenceApplications.AsNoTracking().VisibleTo(user);
            if (query.Status is { } status) applications = applications.Where(a => a.Status == status);

            var total = await applications.CountAsync(cancellationToken);
            var rows = await applications
                .OrderBy(a => a.SubmittedAt == null).ThenBy(a => a.SubmittedAt).ThenBy(a => a.CreatedAt)
                .Skip((number - 1) * size).Take(size)
                .Join(db.Agencies, a => a.AgencyId, g => g.Id, (a, g) => new { a.Id, a.AgencyId, g.Name.Km, g.Name.En, a.Kind, a.Status, a.CreatedAt, a.SubmittedAt })
                .ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var priority = await db.PriorityRenewalsAsync(rows.Select(r => r.AgencyId).Distinct().ToList(), cancellationToken);
            return new Page<Item>(rows.Select(r => new Item(r.Id, r.AgencyId, r.Km, r.En, r.Kind, r.Status, r.CreatedAt, r.SubmittedAt,
                r.SubmittedAt is { } submitted ? (int)(now - submitted).TotalDays : null, priority.Contains(r.Id))).ToList(), total, number, size);
        }
    }
}
