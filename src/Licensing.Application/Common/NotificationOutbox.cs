using Licensing.Application.Abstractions;
using Licensing.Application.Users;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

/// <summary>Writes notifications to the outbox; they are committed with the handler's own changes.</summary>
public static class NotificationOutbox
{
    /// <summary>In-app inbox and e-mail for one user.</summary>
    public static void NotifyUser(this ILicensingDb db, Guid userId, string email, string subject, string body, DateTimeOffset now, string? deduplicationKey = null) =>
        db.OutboxMessages.AddRange(ToUser(userId, email, subject, body, now, deduplicationKey));

    /// <summary>Every staff user of the agency, in their inbox and by e-mail, and the agency's own address.</summary>
    public static async Task NotifyAgencyAsync(this ILicensingDb db, IUserDirectory directory, Guid agencyId, string subject, string body, DateTimeOffset now, CancellationToken cancellationToken, string? deduplicationKey = null) =>
        db.OutboxMessages.AddRange(ToAgency(await AgencyContacts.LookUpAsync(db, directory, agencyId, cancellationToken), subject, body, now, deduplicationKey));

    /// <summary>Whether a notification with this deduplication key was already written (to any recipient).</summary>
    public static Task<bool> AlreadyNotifiedAsync(this ILicensingDb db, string deduplicationKey, CancellationToken cancellationToken) =>
        db.OutboxMessages.AnyAsync(m => m.DeduplicationKey!.StartsWith(deduplicationKey + ":"), cancellationToken);

    /// <summary>An e-mail to an address that is not a user (a duty or chief's address).</summary>
    public static void NotifyAddress(this ILicensingDb db, string email, string subject, string body, DateTimeOffset now, string deduplicationKey) =>
        db.OutboxMessages.Add(ToAddress(email, subject, body, now, deduplicationKey));

    public static IEnumerable<OutboxMessage> ToUser(Guid userId, string email, string subject, string body, DateTimeOffset now, string? deduplicationKey)
    {
        yield return new OutboxMessage(NotificationChannel.Inbox, userId.ToString(), subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":inbox");
        yield return new OutboxMessage(NotificationChannel.Email, email, subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":email");
    }

    public static IEnumerable<OutboxMessage> ToAgency(AgencyContacts agency, string subject, string body, DateTimeOffset now, string? deduplicationKey)
    {
        foreach (var (id, email) in agency.Staff)
        {
            foreach (var message in ToUser(id, email, subject, body, now, deduplicationKey is null ? null : $"{deduplicationKey}:{id}")) yield return message;
        }
        yield return new OutboxMessage(NotificationChannel.Email, agency.Email, subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":agency");
    }

    public static OutboxMessage ToAddress(string email, string subject, string body, DateTimeOffset now, string deduplicationKey) =>
        new(NotificationChannel.Email, email, subject, body, now, deduplicationKey + ":address");
}
