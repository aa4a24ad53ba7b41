using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events;

/// <summary>
/// Adds notifications to the unit of work that is being saved; only event handlers use it, so a
/// notification is written if and only if the change that raised its event is. Each recipient's copy
/// is in their language (<see cref="NoticeText"/>). Keyed notices that a sweep may raise again
/// (<see cref="Once"/>) are written at the end of the save, minus those an earlier run wrote.
/// </summary>
public sealed class NotificationWriter(ILicensingDb db, IUserDirectory directory)
{
    private readonly NoticeBatch _once = new(db);

    // A sweep's unit of work tells many items of few agencies: each agency is looked up once.
    private readonly LookupCache<Guid, AgencyContacts> _agencies = AgencyContacts.CacheFor(db, directory);

    public void Add(IEnumerable<OutboxMessage> messages) => db.OutboxMessages.AddRange(messages);

    public void ToUser(UserContact user, NoticeText notice, DateTimeOffset now, string? deduplicationKey = null) =>
        Add(OutboxNotices.ToUser(user, notice, now, deduplicationKey));

    /// <summary>The users of these ids, each in their language (an event that names users by id only).</summary>
    public async Task ToUsersAsync(IReadOnlyCollection<Guid> userIds, NoticeText notice, DateTimeOffset now, CancellationToken cancellationToken, string? deduplicationKey = null)
    {
        foreach (var user in await directory.FindAsync(userIds, cancellationToken))
        {
            ToUser(user, notice, now, deduplicationKey is null ? null : $"{deduplicationKey}:{user.Id}");
        }
    }

    public async Task ToAgencyAsync(Guid agencyId, NoticeText notice, DateTimeOffset now, CancellationToken cancellationToken, string? deduplicationKey = null) =>
        Add(OutboxNotices.ToAgency(await _agencies.GetAsync(agencyId, cancellationToken), notice, now, deduplicationKey));

    /// <summary>A keyed notice to the agency that a sweep may raise again: written only if no earlier run wrote it.</summary>
    public async Task ToAgencyOnceAsync(Guid agencyId, NoticeText notice, DateTimeOffset now, string deduplicationKey, CancellationToken cancellationToken) =>
        Once(OutboxNotices.ToAgency(await _agencies.GetAsync(agencyId, cancellationToken), notice, now, deduplicationKey));

    /// <summary>An e-mail to an address that is not a user's: in the public filer's <paramref name="language"/>, or in both languages.</summary>
    public void ToAddress(string email, NoticeText notice, DateTimeOffset now, string deduplicationKey, string? language = null) =>
        db.OutboxMessages.Add(OutboxNotices.ToAddress(email, notice, now, deduplicationKey, language));

    /// <summary>A text message to a phone in the language given, delivered by the dispatcher like an e-mail.</summary>
    public void Sms(string phone, LocalizedText text, string language, DateTimeOffset now) =>
        db.OutboxMessages.Add(new OutboxMessage(NotificationChannel.Sms, phone, "", text.In(language), now));

    /// <summary>A keyed notice written only if no earlier run wrote any of its keys; <paramref name="onWritten"/> goes with it.</summary>
    public void Once(IEnumerable<OutboxMessage> messages, Action? onWritten = null) => _once.Add(messages, onWritten);

    /// <summary>Called by the unit of work once every event of the save is handled.</summary>
    public Task<int> WriteOnceNoticesAsync(CancellationToken cancellationToken) => _once.WriteNewAsync(cancellationToken);
}
