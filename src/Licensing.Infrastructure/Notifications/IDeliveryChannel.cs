using Licensing.Domain.Notifications;

namespace Licensing.Infrastructure.Notifications;

/// <summary>Delivers one outbox message by one channel; throws when it could not.</summary>
public interface IDeliveryChannel
{
    string Name { get; }

    Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
