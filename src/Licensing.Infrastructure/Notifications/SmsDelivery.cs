using Licensing.Application.Abstractions;
using Licensing.Domain.Notifications;

namespace Licensing.Infrastructure.Notifications;

/// <summary>Sends an outbox text message through the SMS gateway, then forgets its text (it may carry a complaint's PIN).</summary>
public sealed class SmsDelivery(ISmsSender sender) : IDeliveryChannel
{
    public string Name => NotificationChannel.Sms;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await sender.SendAsync(message.Recipient, message.Body, cancellationToken);
        message.ForgetBody();
    }
}
