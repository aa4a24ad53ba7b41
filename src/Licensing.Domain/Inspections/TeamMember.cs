using Licensing.Domain.Common;

namespace Licensing.Domain.Inspections;

/// <summary>An inspector assigned to a visit.</summary>
public sealed class TeamMember : Entity
{
    private TeamMember() { }

    internal TeamMember(Guid inspectionId, Guid inspectorId, string name)
    {
        InspectionId = inspectionId;
        InspectorId = inspectorId;
        Name = name;
    }

    public Guid InspectionId { get; private set; }
    public Guid InspectorId { get; private set; }
    public string Name { get; private set; } = "";
}

public sealed record Inspector(Guid Id, string Name);
