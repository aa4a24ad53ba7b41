using Licensing.Domain.Common;

namespace Licensing.Application.Common;

/// <summary>
/// Events of the unit of work that no loaded aggregate raises, such as a reminder a sweep finds due
/// from a projection. They are handled at the next save, with the events the aggregates raised.
/// </summary>
public sealed class DomainEvents
{
    private readonly List<IDomainEvent> _raised = [];

    public void Raise(IDomainEvent domainEvent) => _raised.Add(domainEvent);

    public IReadOnlyList<IDomainEvent> TakeAll()
    {
        var raised = _raised.ToList();
        _raised.Clear();
        return raised;
    }
}
