namespace Licensing.Application.Common;

/// <summary>One page of a list, with the total so that a client can page through it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static (int Number, int Size) Normalize(int? page, int? size) =>
        (Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));
}
