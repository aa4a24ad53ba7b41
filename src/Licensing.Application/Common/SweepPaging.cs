using Licensing.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

public static class SweepPaging
{
    /// <summary>
    /// Walks a sweep's due items a page at a time by ascending id: each page is handled, saved in its
    /// own transaction and forgotten, so memory stays flat however many items are due, and a run that
    /// stops half way leaves its saved pages done for the next run. <paramref name="dueAfter"/> gives
    /// the due items with an id above the one given, ordered by id.
    /// </summary>
    /// <returns>The sum of what <paramref name="handlePage"/> returned.</returns>
    public static async Task<int> SweepInPagesAsync<TItem>(
        this ILicensingDb db, SweepOptions options, Func<Guid, IQueryable<TItem>> dueAfter, Func<TItem, Guid> idOf,
        Func<IReadOnlyList<TItem>, Task<int>> handlePage, CancellationToken cancellationToken)
    {
        var handled = 0;
        var after = Guid.Empty;
        while (true)
        {
            var page = await dueAfter(after).Take(options.PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0) return handled;
            handled += await handlePage(page);
            await db.SaveChangesAsync(cancellationToken);
            db.ForgetTracked();
            after = idOf(page[^1]);
        }
    }

    /// <summary>
    /// A sweep whose due items are events no aggregate raises (a reminder found from a projection):
    /// each item raises its event, handled when the page is saved. Returns how many keyed notices
    /// were written, those an earlier run wrote not counted.
    /// </summary>
    public static async Task<int> RaiseInPagesAsync<TItem>(
        this ILicensingDb db, DomainEvents events, SweepOptions options, Func<Guid, IQueryable<TItem>> dueAfter, Func<TItem, Guid> idOf,
        Action<TItem> raise, CancellationToken cancellationToken)
    {
        var before = events.NoticesWritten;
        await db.SweepInPagesAsync(options, dueAfter, idOf, page =>
        {
            foreach (var item in page) raise(item);
            return Task.FromResult(page.Count);
        }, cancellationToken);
        return events.NoticesWritten - before;
    }
}
