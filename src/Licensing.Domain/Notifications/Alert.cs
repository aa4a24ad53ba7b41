using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;

namespace Licensing.Domain.Notifications;

/// <summary>What happened on a case, as an alert.</summary>
public enum AlertKind
{
    Reported,
    Acknowledged,
    Updated,
    AgencyResponded,
    Verified,
    Reminder,
    Escalated,
    Resolved,
}

/// <summary>
/// A live alert to one recipient body, written in the same transaction as the change it tells of.
/// <see cref="Sequence"/> orders the stream: alert-writing transactions are serialized, so a
/// subscriber that resumes after the last sequence it saw misses nothing.
/// </summary>
public sealed class Alert
{
    private Alert() { }

    public Alert(RecipientBody bodyKey, AlertKind kind, Guid caseId, string caseNumber, LocalizedText title, DateTimeOffset createdAt)
    {
        BodyKey = bodyKey;
        Kind = kind;
        CaseId = caseId;
        CaseNumber = caseNumber;
        Title = title;
        CreatedAt = createdAt;
    }

    public long Sequence { get; private set; }
    public RecipientBody BodyKey { get; private set; } = RecipientBody.Ministry;
    public AlertKind Kind { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public LocalizedText Title { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the alert first reached a connected officer of the body over the live stream.</summary>
    public DateTimeOffset? LiveDeliveredAt { get; private set; }
}
