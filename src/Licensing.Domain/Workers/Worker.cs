using Licensing.Domain.Common;

namespace Licensing.Domain.Workers;

public enum Sex
{
    Female,
    Male,
}

/// <summary>Where in Cambodia a worker comes from, down to the village.</summary>
public sealed record HomeAddress(string ProvinceCode, string District, string Commune, string Village);

/// <summary>Whom to call when something happens to the worker abroad.</summary>
public sealed record EmergencyContact(string Name, string Phone);

/// <summary>
/// A migrant worker, as a person: unique by national ID and by passport number, registered by
/// the agency that recruits them. What happens on each journey abroad is a <see cref="Deployment"/>.
/// </summary>
public sealed class Worker : AggregateRoot
{
    private Worker() { }

    public Worker(
        Guid agencyId, string nameKm, string nameLatin, Sex sex, DateOnly dateOfBirth, string nationalId, string? passportNumber,
        HomeAddress home, string phone, EmergencyContact emergencyContact, DateTimeOffset registeredAt)
    {
        AgencyId = agencyId;
        NameKm = nameKm.Trim();
        NameLatin = nameLatin.Trim();
        Sex = sex;
        DateOfBirth = dateOfBirth;
        NationalId = IdentityNumbers.Normalize(nationalId);
        PassportNumber = IdentityNumbers.Normalize(passportNumber ?? "") is { Length: > 0 } passport ? passport : null;
        Home = home;
        Phone = phone.Trim();
        EmergencyContact = emergencyContact;
        RegisteredAt = registeredAt;
        if (NationalId.Length == 0)
        {
            throw new DomainException(ErrorCodes.NationalIdMissing, DomainErrorKind.Invalid);
        }
    }

    /// <summary>The agency that registered the worker and sees their record.</summary>
    public Guid AgencyId { get; private set; }
    public string NameKm { get; private set; } = "";
    public string NameLatin { get; private set; } = "";
    public Sex Sex { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public string NationalId { get; private set; } = "";
    public string? PassportNumber { get; private set; }
    public HomeAddress Home { get; private set; } = null!;
    public string Phone { get; private set; } = "";
    public EmergencyContact EmergencyContact { get; private set; } = null!;
    public DateTimeOffset RegisteredAt { get; private set; }

    public int AgeOn(DateOnly date) => AgeOn(DateOfBirth, date);

    public static int AgeOn(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        return date < dateOfBirth.AddYears(age) ? age - 1 : age;
    }

    /// <summary>A first passport, or a new one replacing an expired passport.</summary>
    public void RecordPassport(string passportNumber)
    {
        var number = IdentityNumbers.Normalize(passportNumber);
        if (number.Length == 0)
        {
            throw new DomainException(ErrorCodes.PassportNumberMissing, DomainErrorKind.Invalid);
        }
        PassportNumber = number;
    }
}
