namespace Licensing.Infrastructure.ChangeFeed;

/// <summary>
/// The one row whose last position every transaction that writes the change feed moves on, just before it commits.
/// Its row lock makes those transactions commit one after the other, in the order of their positions (ADR-029).
/// </summary>
public sealed class ChangeCounter
{
    public const int TheOne = 1;

    public int Id { get; set; }
    public long LastPosition { get; set; }
}

public static class ChangeFeedTables
{
    public const string Changes = "ChangeFeed";
    public const string Counter = "ChangeFeedCounter";
}
