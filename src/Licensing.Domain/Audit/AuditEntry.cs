namespace Licensing.Domain.Audit;

/// <summary>
/// One line of the append-only audit trail: who changed (or viewed) what, when. Written only by
/// the persistence layer; never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, Guid? userId, string? userName, string action, string entityType, string entityId, string changes)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Changes = changes;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string Changes { get; private set; } = "";
}
