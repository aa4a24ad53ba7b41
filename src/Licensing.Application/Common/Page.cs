using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

/// <summary>
/// One page of a list, with the total so that a client can page through it. When
/// <see cref="TotalIsLowerBound"/> is true there are at least <see cref="Total"/> items and the
/// count stopped there (see <see cref="Paging.ToCappedPageAsync{T}"/>).
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize, bool TotalIsLowerBound = false);

public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>How many items past the requested page a capped count looks for before it stops.</summary>
    public const int CountCap = 10_000;

    public static (int Number, int Size) Normalize(int? page, int? size) =>
        (Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));

    /// <summary>
    /// A page of a list that may hold millions of rows: a page that is not full ends the list, so
    /// its total needs no count; otherwise the count stops <see cref="CountCap"/> items past the page.
    /// </summary>
    public static async Task<Page<T>> ToCappedPageAsync<T>(this IQueryable<T> ordered, int? page, int? size, CancellationToken cancellationToken)
    {
        var (number, pageSize) = Normalize(page, size);
        var skip = (number - 1) * pageSize;
        var items = await ordered.Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        if (items.Count < pageSize && (items.Count > 0 || number == 1))
        {
            return new Page<T>(items, skip + items.Count, number, pageSize);
        }
        var limit = skip + pageSize + CountCap;
        var counted = await ordered.Take(limit + 1).CountAsync(cancellationToken);
        return new Page<T>(items, Math.Min(counted, limit), number, pageSize, counted > limit);
    }
}
