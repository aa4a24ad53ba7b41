using Licensing.Application.Abstractions;
using Licensing.Domain.Notifications;

namespace Licensing.Infrastructure.Notifications;

public sealed class EmailDelivery(IEmailSender sender) : IDeliveryChannel
{
    public string Name => NotificationChannel.Email;

    public Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        sender.SendAsync(message.Recipient, message.Subject, message.Body, cancellationToken);
}
