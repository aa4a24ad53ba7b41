using Licensing.Domain.Common;

namespace Licensing.Domain.Inspections;

/// <summary>An inspector's declared conflict of interest with an agency: they are never assigned to it.</summary>
public sealed class InspectorConflict : Entity
{
    private InspectorConflict() { }

    public InspectorConflict(Guid inspectorId, Guid agencyId, string reason, DateTimeOffset declaredAt)
    {
        InspectorId = inspectorId;
        AgencyId = agencyId;
        Reason = reason;
        DeclaredAt = declaredAt;
    }

    public Guid InspectorId { get; private set; }
    public Guid AgencyId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset DeclaredAt { get; private set; }
}
