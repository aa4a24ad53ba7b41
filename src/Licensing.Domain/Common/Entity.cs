namespace Licensing.Domain.Common;

/// <summary>An entity with a time-ordered identifier.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
