using Licensing.Domain.Common;

namespace Licensing.Domain.Notifications;

/// <summary>A notification in a user's in-app inbox.</summary>
public sealed class InboxItem : Entity
{
    private InboxItem() { }

    public InboxItem(Guid userId, string subject, string body, DateTimeOffset createdAt, Guid outboxMessageId)
    {
        UserId = userId;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
        OutboxMessageId = outboxMessageId;
    }

    public Guid UserId { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The message that put it here; unique, so a redelivery never shows the same item twice.</summary>
    public Guid OutboxMessageId { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
