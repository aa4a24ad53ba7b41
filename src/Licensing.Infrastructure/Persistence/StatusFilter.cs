namespace Licensing.Infrastructure.Persistence;

/// <summary>A partial index's filter on a status column, written from the domain's set of statuses (stored as their names).</summary>
internal static class StatusFilter
{
    public static string In<TStatus>(IEnumerable<TStatus> statuses) where TStatus : struct, Enum =>
        $"\"Status\" IN ({string.Join(", ", statuses.Select(s => $"'{s}'"))})";
}
