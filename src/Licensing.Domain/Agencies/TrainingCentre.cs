using Licensing.Domain.Common;

namespace Licensing.Domain.Agencies;

/// <summary>A pre-departure orientation training (PDOT) centre of an agency (Prakas 046/13).</summary>
public sealed class TrainingCentre : Entity
{
    private TrainingCentre() { }

    internal TrainingCentre(Guid agencyId, string name, Address address, int capacity)
    {
        if (capacity <= 0)
        {
            throw new DomainException(ErrorCodes.CapacityNotPositive, DomainErrorKind.Invalid);
        }
        AgencyId = agencyId;
        Name = name;
        Address = address;
        Capacity = capacity;
    }

    public Guid AgencyId { get; private set; }
    public string Name { get; private set; } = "";
    public Address Address { get; private set; } = null!;
    public int Capacity { get; private set; }
}
