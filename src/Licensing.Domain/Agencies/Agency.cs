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

    public IReadOnlyList<Branch> Branches => _branches;
    public IReadOnlyList<TrainingCentre> TrainingCentres => _trainingCentres;

    public Branch AddBranch(string name, Address address)
    {
        var branch = new Branch(Id, name, address);
        _branches.Add(branch);
        return branch;
    }

    public TrainingCentre AddTrainingCentre(string name, Address address, int capacity)
    {
        var centre = new TrainingCentre(Id, name, address, capacity);
        _trainingCentres.Add(centre);
        return centre;
    }
}
