using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inbox;

/// <summary>A signed-in user reads their own in-app notifications, newest first.</summary>
public static class ListInbox
{
    public sealed record Query(bool UnreadOnly, int? Page, int? PageSize);

    public sealed record Item(Guid Id, string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var userId = user.UserId ?? Guid.Empty;
            var items = db.InboxItems.AsNoTracking().Where(i => i.UserId == userId);
            if (query.UnreadOnly) items = items.Where(i => i.ReadAt == null);

            var total = await items.CountAsync(cancellationToken);
            var page = await items
                .OrderByDescending(i => i.Id)
                .Skip((number - 1) * size).Take(size)
                .Select(i => new Item(i.Id, i.Subject, i.Body, i.CreatedAt, i.ReadAt))
                .ToListAsync(cancellationToken);
            return new Page<Item>(page, total, number, size);
        }
    }
}
