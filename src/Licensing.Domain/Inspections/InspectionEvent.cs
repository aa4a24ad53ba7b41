using Licensing.Domain.Common;

namespace Licensing.Domain.Inspections;

/// <summary>One transition of an inspection: who, when, from, to, why.</summary>
public sealed class InspectionEvent : Entity
{
    private InspectionEvent() { }

    internal InspectionEvent(Guid inspectionId, InspectionStatus from, InspectionStatus to, string? reason, Actor by)
    {
        InspectionId = inspectionId;
        From = from;
        To = to;
        Reason = reason;
        At = by.At;
        ByName = by.Name;
    }

    public Guid InspectionId { get; private set; }
    public InspectionStatus From { get; private set; }
    public InspectionStatus To { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ByName { get; private set; } = "";
}
