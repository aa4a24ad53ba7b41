using Licensing.Application.Abstractions;
using Licensing.Application.Users;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>Every staff user of the agency, in their inbox and by e-mail, and the agency's own address.</summary>
    public static async Task NotifyAgencyAsync(this ILicensingDb db, IUserDirectory directory, Guid agencyId, string subject, string body, DateTimeOffset now, CancellationToken cancellationToken, string? deduplicationKey = null)
    {
        foreach (var (id, email) in await directory.AgencyStaffAsync(agencyId, cancellationToken))
        {
            db.NotifyUser(id, email, subject, body, now, deduplicationKey is null ? null : $"{deduplicationKey}:{id}");
        }
        var agencyEmail = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Email).SingleAsync(cancellationToken);
        db.OutboxMessages.Add(new OutboxMessage(NotificationChannel.Email, agencyEmail, subject, body, now, deduplicationKey is null ? null : deduplicationKey + ":agency"));
    }

    /// <summary>Whether a notification with this deduplication key was already written (to any recipient).</summary>
    public static Task<bool> AlreadyNotifiedAsync(this ILicensingDb db, string deduplicationKey, CancellationToken cancellationToken) =>
        db.OutboxMessages.AnyAsync(m => m.DeduplicationKey!.StartsWith(deduplicationKey + ":"), cancellationToken);

    /// <summary>An e-mail to an address that is not a user (a duty or chief's address).</summary>
    public static void NotifyAddress(this ILicensingDb db, string email, string subject, string body, DateTimeOffset now, string deduplicationKey) =>
        db.OutboxMessages.Add(new OutboxMessage(NotificationChannel.Email, email, subject, body, now, deduplicationKey + ":address"));
}
