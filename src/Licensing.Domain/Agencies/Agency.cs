using Licensing.Domain.Common;

namespace Licensing.Domain.Agencies;

/// <summary>A private recruitment agency: a registered legal entity (Prakas 047/13).</summary>
public sealed class Agency : AggregateRoot
{
    private readonly List<Branch> _branches = [];
    private readonly List<TrainingCentre> _trainingCentres = [];

    private Agency() { }

    public Agency(LocalizedText name, string registrationNumber, string taxNumber, Address headOffice, string phone, string email, string directors)
    {
        Name = name;
        RegistrationNumber = registrationNumber.Trim();
        TaxNumber = taxNumber.Trim();
        HeadOffice = headOffice;
        Phone = phone;
        Email = email;
        Directors = directors;
    }

    public LocalizedText Name { get; private set; } = null!;

    /// <summary>The commercial registration number; a licence is bound to it.</summary>
    public string RegistrationNumber { get; private set; } = "";
    public string TaxNumber { get; private set; } = "";
    public Address HeadOffice { get; private set; } = null!;
    public string Phone { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string Directors { get; private set; } = "";

    /// <summary>A public agency (MTOSB) may place workers in a country reserved to public agencies (R33); administrators set the mark.</summary>
    public bool IsPublicAgency { get; private set; }

    public IReadOnlyList<Branch> Branches => _branches;
    public IReadOnlyList<TrainingCentre> TrainingCentres => _trainingCentres;

    public void UpdateContacts(Address headOffice, string phone, string email, string directors)
    {
        HeadOffice = headOffice;
        Phone = phone;
        Email = email;
        Directors = directors;
    }

    /// <summary>
    /// Name, registration and tax numbers. Once licensed, only an officer may change them, and
    /// never the registration number: the licence belongs to that legal entity alone.
    /// </summary>
    public void ChangeLegalIdentity(LocalizedText name, string registrationNumber, string taxNumber, bool licensed, bool byOfficer)
    {
        registrationNumber = registrationNumber.Trim();
        if (licensed && registrationNumber != RegistrationNumber)
        {
            throw new DomainException(ErrorCodes.LicenceNotTransferable, DomainErrorKind.Conflict, RegistrationNumber);
        }
        if (licensed && !byOfficer && (name != Name || taxNumber.Trim() != TaxNumber))
        {
            throw new DomainException(ErrorCodes.LegalIdentityLocked);
        }
        Name = name;
        RegistrationNumber = registrationNumber;
        TaxNumber = taxNumber.Trim();
    }

    public void MarkPublicAgency(bool isPublic) => IsPublicAgency = isPublic;

    public Branch AddBranch(string name, Address address)
    {
        var branch = new Branch(Id, name, address);
        _branches.Add(branch);
        return branch;
    }

    public void RemoveBranch(Guid branchId) =>
        _branches.Remove(_branches.SingleOrDefault(b => b.Id == branchId) ?? throw DomainException.NotFound());

    public void RemoveTrainingCentre(Guid centreId) =>
        _trainingCentres.Remove(_trainingCentres.SingleOrDefault(c => c.Id == centreId) ?? throw DomainException.NotFound());

    public TrainingCentre AddTrainingCentre(string name, Address address, int capacity)
    {
        var centre = new TrainingCentre(Id, name, address, capacity);
        _trainingCentres.Add(centre);
        return centre;
    }
}
