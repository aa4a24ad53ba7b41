namespace Licensing.Domain.Changes;

/// <summary>The records other systems copy through the change feed (ADR-029): each is served as its own GET shows it.</summary>
public enum ChangeKind
{
    Licence,
    Agency,
    Worker,
}

public enum ChangeOperation
{
    Upsert,
    Delete,
}

/// <summary>
/// One line of the change feed: at this position, in commit order, this record changed. It holds no copy of the record;
/// the feed shows the record as it is when read. Written only by the persistence layer, in the change's transaction.
/// </summary>
public sealed class ChangeEntry
{
    private ChangeEntry() { }

    public long Position { get; private set; }
    public ChangeKind Kind { get; private set; }
    public Guid RecordId { get; private set; }
    public ChangeOperation Operation { get; private set; }

    /// <summary>The agency the record belongs to.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>For a worker changed through a deployment: the deployment's destination country.</summary>
    public string? CountryCode { get; private set; }
}
