namespace Licensing.Domain.Common;

/// <summary>
/// A consistency boundary. <see cref="Version"/> is an optimistic-concurrency token renewed on
/// every save, so two people editing the same record cannot overwrite each other silently.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public Guid Version { get; private set; } = Guid.NewGuid();
}
