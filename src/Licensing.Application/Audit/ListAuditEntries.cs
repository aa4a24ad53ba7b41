using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Audit;

/// <summary>Administrators read the audit trail, newest first, filtered by entity or user.</summary>
public static class ListAuditEntries
{
    public sealed record Query(string? EntityType, string? EntityId, Guid? UserId, int? Page, int? PageSize);

    public sealed record Entry(long Id, DateTimeOffset At, Guid? UserId, string? UserName, string Action, string EntityType, string EntityId, string Changes);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<Page<Entry>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var entries = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.EntityType)) entries = entries.Where(e => e.EntityType == query.EntityType);
            if (!string.IsNullOrWhiteSpace(query.EntityId)) entries = entries.Where(e => e.EntityId == query.EntityId);
            if (query.UserId is { } userId) entries = entries.Where(e => e.UserId == userId);

            var total = await entries.CountAsync(cancellationToken);
            var items = await entries
                .OrderByDescending(e => e.Id)
                .Skip((number - 1) * size).Take(size)
                .Select(e => new Entry(e.Id, e.At, e.UserId, e.UserName, e.Action, e.EntityType, e.EntityId, e.Changes))
                .ToListAsync(cancellationToken);
            return new Page<Entry>(items, total, number, size);
        }
    }
}
