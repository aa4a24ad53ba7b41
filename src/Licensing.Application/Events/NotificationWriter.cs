using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events;

/// <summary>
/// Adds notifications to the unit of work that is being saved; only event handlers use it, so a
/// notification is written if and only if the change that raised its event is. Keyed notices
/// that a sweep may raise again (<see cref="Once"/>) are written at the end of the save, minus
/// those an earlier run wrote.
/// </summary>
public sealed class NotificationWriter(ILicensingDb db, IUserDirectory directory)
{
    private readonly NoticeBatch _once = new(db);

    // A sweep's unit of work tells many items of few agencies: each agency is looked up once.
    private readonly LookupCache<Guid, AgencyContacts> _agencies = AgencyContacts.CacheFor(db, directory);

    public void Add(IEnumerable<OutboxMessage> messages) => db.OutboxMessages.AddRange(messages);

    public void ToUser(Guid userId, string email, string subject, string body, DateTimeOffset now, string? deduplicationKey = null) =>
        Add(OutboxNotices.ToUser(userId, email, subject, body, now, deduplicationKey));

    public async Task ToAgencyAsync(Guid agencyId, string subject, string body, DateTimeOffset now, CancellationToken cancellationToken, string? deduplicationKey = null) =>
        Add(OutboxNotices.ToAgency(await _agencies.GetAsync(agencyId, cancellationToken), subject, body, now, deduplicationKey));

    /// <summary>A keyed notice to the agency that a sweep may raise again: written only if no earlier run wrote it.</summary>
    public async Task ToAgencyOnceAsync(Guid agencyId, string subject, string body, DateTimeOffset now, string deduplicationKey, CancellationToken cancellationToken) =>
        Once(OutboxNotices.ToAgency(await _agencies.GetAsync(agencyId, cancellationToken), subject, body, now, deduplicationKey));

    public void ToAddress(string email, string subject, string body, DateTimeOffset now, string deduplicationKey) =>
        db.OutboxMessages.Add(OutboxNotices.ToAddress(email, subject, body, now, deduplicationKey));

    /// <summary>A text message to a phone, delivered by the dispatcher like an e-mail.</summary>
    public void Sms(string phone, string text, DateTimeOffset now) =>
        db.OutboxMessages.Add(new OutboxMessage(NotificationChannel.Sms, phone, "", text, now));

    /// <summary>A keyed notice written only if no earlier run wrote any of its keys; <paramref name="onWritten"/> goes with it.</summary>
    public void Once(IEnumerable<OutboxMessage> messages, Action? onWritten = null) => _once.Add(messages, onWritten);

    /// <summary>Called by the unit of work once every event of the save is handled.</summary>
    public Task<int> WriteOnceNoticesAsync(CancellationToken cancellationToken) => _once.WriteNewAsync(cancellationToken);
}
