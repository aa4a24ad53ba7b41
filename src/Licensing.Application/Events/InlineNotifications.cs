using Licensing.Application.Abstractions;
using Licensing.Application.Users;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Events;

/// <summary>TEMPORARY: the handlers not yet moved to events write their notifications inline through these.</summary>
public static class InlineNotifications
{
    public static void NotifyUser(this ILicensingDb db, Guid userId, string email, string subject, string body, DateTimeOffset now, string? deduplicationKey = null) =>
        db.OutboxMessages.AddRange(OutboxNotices.ToUser(userId, email, subject, body, now, deduplicationKey));

    public static async Task NotifyAgencyAsync(this ILicensingDb db, IUserDirectory directory, Guid agencyId, string subject, string body, DateTimeOffset now, CancellationToken cancellationToken, string? deduplicationKey = null) =>
        db.OutboxMessages.AddRange(OutboxNotices.ToAgency(await AgencyContacts.LookUpAsync(db, directory, agencyId, cancellationToken), subject, body, now, deduplicationKey));

    public static Task<bool> AlreadyNotifiedAsync(this ILicensingDb db, string deduplicationKey, CancellationToken cancellationToken) =>
        db.OutboxMessages.AnyAsync(m => m.DeduplicationKey!.StartsWith(deduplicationKey + ":"), cancellationToken);

    public static void NotifyAddress(this ILicensingDb db, string email, string subject, string body, DateTimeOffset now, string deduplicationKey) =>
        db.OutboxMessages.Add(OutboxNotices.ToAddress(email, subject, body, now, deduplicationKey));
}
