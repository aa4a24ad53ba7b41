using Licensing.Domain.Notifications;

namespace Licensing.Application.Events;

/// <summary>The outbox rows of one notice to one kind of recipient; a deduplication key is suffixed per row so that each row's key is unique.</summary>
public static class OutboxNotices
{
    /// <summary>In-app inbox and e-mail for one user.</summary>
    public static IEnumerable<OutboxMessage> ToUser(Guid userId, string email, string subject, string body, DateTimeOffset now, string? deduplicationKey)
    {
        yield return new OutboxMessage(NotificationChannel.Inbox, userId.ToString(), subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":inbox");
        yield return new OutboxMessage(NotificationChannel.Email, email, subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":email");
    }

    /// <summary>Every staff user of the agency, in their inbox and by e-mail, and the agency's own address.</summary>
    public static IEnumerable<OutboxMessage> ToAgency(AgencyContacts agency, string subject, string body, DateTimeOffset now, string? deduplicationKey)
    {
        foreach (var (id, email) in agency.Staff)
        {
            foreach (var message in ToUser(id, email, subject, body, now, deduplicationKey is null ? null : $"{deduplicationKey}:{id}")) yield return message;
        }
        yield return new OutboxMessage(NotificationChannel.Email, agency.Email, subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":agency");
    }

    /// <summary>An e-mail to an address that is not a user (a duty or chief's address).</summary>
    public static OutboxMessage ToAddress(string email, string subject, string body, DateTimeOffset now, string deduplicationKey) =>
        new(NotificationChannel.Email, email, subject, body, now, deduplicationKey + ":address");
}
