using Licensing.Domain.Common;

namespace Licensing.Domain.Agencies;

/// <summary>A branch office of an agency; inspected like the head office.</summary>
public sealed class Branch : Entity
{
    private Branch() { }

    internal Branch(Guid agencyId, string name, Address address)
    {
        AgencyId = agencyId;
        Name = name;
        Address = address;
    }

    public Guid AgencyId { get; private set; }
    public string Name { get; private set; } = "";
    public Address Address { get; private set; } = null!;
}
