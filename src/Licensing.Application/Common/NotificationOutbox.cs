using Licensing.Application.Abstractions;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Common;

/// <summary>Writes notifications to the outbox; they are committed with the handler's own changes.</summary>
public static class NotificationOutbox
{
    /// <summary>In-app inbox and e-mail for one user.</summary>
    public static void NotifyUser(this ILicensingDb db, Guid userId, string email, string subject, string body, DateTimeOffset now, string? deduplicationKey = null)
    {
        db.OutboxMessages.Add(new OutboxMessage(NotificationChannel.Inbox, userId.ToString(), subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":inbox"));
        db.OutboxMessages.Add(new OutboxMessage(NotificationChannel.Email, email, subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":email"));
    }
}
