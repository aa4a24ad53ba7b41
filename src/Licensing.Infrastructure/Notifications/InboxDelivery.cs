using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Notifications;

/// <summary>Puts the message in the recipient user's in-app inbox, once, however often it is retried.</summary>
public sealed class InboxDelivery(LicensingDbContext db) : IDeliveryChannel
{
    public string Name => NotificationChannel.Inbox;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (await db.InboxItems.AnyAsync(i => i.OutboxMessageId == message.Id, cancellationToken)) return;
        db.InboxItems.Add(new InboxItem(Guid.Parse(message.Recipient), message.Subject, message.Body, message.CreatedAt, message.Id));
    }
}
