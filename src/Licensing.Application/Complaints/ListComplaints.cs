using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>The complaints an officer may see, most urgent deadline first, without the complainants' identities.</summary>
public static class ListComplaints
{
    public sealed record Query(ComplaintStatus? Status, string? Province, Guid? AgencyId, bool? Overdue, bool? Mine, int? Page, int? PageSize);

    public sealed record Item(
        Guid Id, string TrackingCode, ComplaintStatus Status, ComplaintCategory Category, ComplaintDesk Desk, string ProvinceCode, Guid? AgencyId,
        string RespondentKm, string RespondentEn, string? AssignedOfficerName, DateTimeOffset ReceivedAt, DateTimeOffset? NextDeadline, DeadlineRag Rag, int EscalationLevel);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var now = clock.GetUtcNow();
            var complaints = db.VisibleComplaints(user);
            if (query.Status is { } status) complaints = complaints.Where(c => c.Status == status);
            if (!string.IsNullOrWhiteSpace(query.Province)) complaints = complaints.Where(c => c.Complainant.ProvinceCode == query.Province);
            if (query.AgencyId is { } agencyId) complaints = complaints.Where(c => c.AgencyId == agencyId);
            if (query.Mine == true) complaints = complaints.Where(c => c.AssignedOfficerId == user.UserId);
            if (query.Overdue == true)
            {
                complaints = complaints.Where(c => (c.Status == ComplaintStatus.Received && c.AcknowledgeBy < now)
                    || (c.Status != ComplaintStatus.Received && Complaint.OpenStatuses.Contains(c.Status) && c.ResolveBy < now));
            }
            var total = await complaints.CountAsync(cancellationToken);
            // Received complaints come first, each part by its resolution deadline. Each part is read in that order from its own
            // partial index and cut at the page's end, so the database sorts at most two pages' worth instead of every complaint.
            var end = (int)Math.Min((long)number * size, int.MaxValue);
            var received = complaints.Where(c => c.Status == ComplaintStatus.Received).OrderBy(c => c.ResolveBy).ThenBy(c => c.Id).Take(end);
            var others = complaints.Where(c => c.Status != ComplaintStatus.Received).OrderBy(c => c.ResolveBy).ThenBy(c => c.Id).Take(end);
            var rows = await received.Concat(others)
                .GroupJoin(db.Agencies, c => c.AgencyId, a => a.Id, (c, a) => new { c, a })
                .SelectMany(x => x.a.DefaultIfEmpty(), (x, a) => new
                {
                    x.c.Id, x.c.TrackingCode, x.c.Status, x.c.Account.Category, x.c.Desk, x.c.Complainant.ProvinceCode, x.c.AgencyId,
                    AgencyKm = a == null ? null : a.Name.Km, AgencyEn = a == null ? null : a.Name.En, x.c.UnlicensedRecruiter,
                    x.c.AssignedOfficerName, x.c.ReceivedAt, x.c.AcknowledgeBy, x.c.ResolveBy, x.c.EscalationLevel,
                })
                .OrderByDescending(x => x.Status == ComplaintStatus.Received).ThenBy(x => x.ResolveBy).ThenBy(x => x.Id)
                .Skip((number - 1) * size).Take(size)
                .ToListAsync(cancellationToken);
            var items = rows.Select(r =>
            {
                var due = Complaint.DeadlineFor(r.Status, r.AcknowledgeBy, r.ResolveBy);
                return new Item(r.Id, r.TrackingCode, r.Status, r.Category, r.Desk, r.ProvinceCode, r.AgencyId, r.AgencyKm ?? r.UnlicensedRecruiter ?? "",
                    r.AgencyEn ?? r.UnlicensedRecruiter ?? "", r.AssignedOfficerName, r.ReceivedAt, due, Complaint.RagOf(due, now), r.EscalationLevel);
            }).ToList();
            return new Page<Item>(items, total, number, size);
        }
    }
}
