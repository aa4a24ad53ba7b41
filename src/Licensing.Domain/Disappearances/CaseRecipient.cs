using Licensing.Domain.Common;

namespace Licensing.Domain.Disappearances;

/// <summary>One body told of a case: when it was notified, who acknowledged and when, and whether it was escalated.</summary>
public sealed class CaseRecipient : Entity
{
    private CaseRecipient() { }

    internal CaseRecipient(Guid caseId, RecipientKind kind, string countryCode, DateTimeOffset notifiedAt)
    {
        CaseId = caseId;
        Kind = kind;
        BodyKey = RecipientBody.For(kind, countryCode);
        NotifiedAt = notifiedAt;
    }

    public Guid CaseId { get; private set; }
    public RecipientKind Kind { get; private set; }
    public RecipientBody BodyKey { get; private set; } = RecipientBody.Ministry;
    public DateTimeOffset NotifiedAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public Guid? AcknowledgedByUserId { get; private set; }
    public string? AcknowledgedByName { get; private set; }

    /// <summary>When the missed acknowledgement was escalated to the MLVT duty officer (once).</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    public TimeSpan? TimeToAcknowledge => AcknowledgedAt - NotifiedAt;

    internal bool Acknowledge(Actor by)
    {
        if (IsAcknowledged) return false;
        AcknowledgedAt = by.At;
        AcknowledgedByUserId = by.UserId;
        AcknowledgedByName = by.Name;
        return true;
    }

    internal bool IsOverdue(DateTimeOffset now, TimeSpan allowed) => !IsAcknowledged && EscalatedAt is null && now - NotifiedAt >= allowed;

    internal void MarkEscalated(DateTimeOffset at) => EscalatedAt ??= at;
}
