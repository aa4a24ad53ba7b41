using Licensing.Application.Users;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events;

/// <summary>
/// The outbox rows of one notice to one kind of recipient, each written in the recipient's language; a
/// deduplication key is suffixed per row so that each row's key is unique.
/// </summary>
public static class OutboxNotices
{
    /// <summary>In-app inbox and e-mail for one user, in their language.</summary>
    public static IEnumerable<OutboxMessage> ToUser(UserContact user, NoticeText notice, DateTimeOffset now, string? deduplicationKey)
    {
        var (subject, body) = (notice.SubjectIn(user.Language), notice.BodyIn(user.Language));
        yield return new OutboxMessage(NotificationChannel.Inbox, user.Id.ToString(), subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":inbox");
        yield return new OutboxMessage(NotificationChannel.Email, user.Email, subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":email");
    }

    /// <summary>Every staff user of the agency, in their inbox and by e-mail, and the agency's own address in both languages.</summary>
    public static IEnumerable<OutboxMessage> ToAgency(AgencyContacts agency, NoticeText notice, DateTimeOffset now, string? deduplicationKey)
    {
        foreach (var user in agency.Staff)
        {
            foreach (var message in ToUser(user, notice, now, deduplicationKey is null ? null : $"{deduplicationKey}:{user.Id}")) yield return message;
        }
        yield return new OutboxMessage(NotificationChannel.Email, agency.Email, notice.SubjectIn(null), notice.BodyIn(null), now, deduplicationKey is null ? null : deduplicationKey + ":agency");
    }

    /// <summary>An e-mail to an address that is not a user: in the <paramref name="language"/> of a public filer, or in both for a duty or chief's address.</summary>
    public static OutboxMessage ToAddress(string email, NoticeText notice, DateTimeOffset now, string deduplicationKey, string? language = null) =>
        new(NotificationChannel.Email, email, notice.SubjectIn(language), notice.BodyIn(language), now, deduplicationKey + ":address");
}
