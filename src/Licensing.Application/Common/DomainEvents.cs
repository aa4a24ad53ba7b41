using Licensing.Domain.Common;

namespace Licensing.Application.Common;

/// <summary>
/// Events of the unit of work that no loaded aggregate raises, such as a reminder a sweep finds due
/// from a projection. They are handled at the next save, with the events the aggregates raised.
/// </summary>
public sealed class DomainEvents
{
    private readonly List<IDomainEvent> _raised = [];

    /// <summary>How many keyed notices the saves of this unit of work wrote (those an earlier run had written are not counted).</summary>
    public int NoticesWritten { get; private set; }

    public void Raise(IDomainEvent domainEvent) => _raised.Add(domainEvent);

    public void CountWritten(int notices) => NoticesWritten += notices;

    public IReadOnlyList<IDomainEvent> TakeAll()
    {
        var raised = _raised.ToList();
        _raised.Clear();
        return raised;
    }
}
