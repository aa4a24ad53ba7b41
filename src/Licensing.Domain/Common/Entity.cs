namespace Licensing.Domain.Common;

/// <summary>An entity with a time-ordered identifier, and the domain events it raised since it was last saved.</summary>
public abstract class Entity
{
    private List<IDomainEvent>? _events;

    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>The events raised since the last call, which are forgotten here.</summary>
    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var events = _events ?? [];
        _events = null;
        return events;
    }

    protected void Raise(IDomainEvent domainEvent) => (_events ??= []).Add(domainEvent);
}
