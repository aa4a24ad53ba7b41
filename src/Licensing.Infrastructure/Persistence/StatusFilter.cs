namespace Licensing.Infrastructure.Persistence;

/// <summary>A partial index's filter on a status column, written from the domain's set of statuses (stored as their names).</summary>
internal static class StatusFilter
{
    public static string In<TStatus>(IEnumerable<TStatus> statuses) where TStatus : struct, Enum =>
        $"\"Status\" IN ({Names(statuses)})";

    public static string Is<TStatus>(TStatus status) where TStatus : struct, Enum => $"\"Status\" = '{status}'";

    public static string IsNot<TStatus>(TStatus status) where TStatus : struct, Enum => $"\"Status\" <> '{status}'";

    /// <summary>The filter selecting the set given, written as the statuses outside it (as the generated migrations have the open-evaluation index).</summary>
    public static string Outside<TStatus>(IEnumerable<TStatus> statuses) where TStatus : struct, Enum
    {
        var others = Enum.GetValues<TStatus>().Except(statuses).ToList();
        return others.Count == 1 ? IsNot(others[0]) : $"\"Status\" NOT IN ({Names(others)})";
    }

    private static string Names<TStatus>(IEnumerable<TStatus> statuses) where TStatus : struct, Enum =>
        string.Join(", ", statuses.Select(s => $"'{s}'"));
}
