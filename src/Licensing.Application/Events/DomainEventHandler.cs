using Licensing.Domain.Common;

namespace Licensing.Application.Events;

/// <summary>What the unit of work calls, for each event raised, before the change it belongs to is committed.</summary>
public interface IDomainEventHandler
{
    Task HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Turns one kind of event into what must be written with it (notifications in the outbox, live
/// alerts). It runs inside the save: what it adds commits with the change that raised the event, or not at all.
/// </summary>
public abstract class DomainEventHandler<TEvent> : IDomainEventHandler where TEvent : IDomainEvent
{
    public abstract Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);

    Task IDomainEventHandler.HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken) => HandleAsync((TEvent)domainEvent, cancellationToken);
}
