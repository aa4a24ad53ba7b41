using Licensing.Domain.Common;

namespace Licensing.Domain.Licences;

/// <summary>
/// The licence of one legal entity (Prakas 047/13). It is bound to the agency's commercial
/// registration number and cannot be transferred.
/// </summary>
public sealed class Licence : AggregateRoot
{
    private Licence() { }

    private Licence(string number, Guid agencyId, string registrationNumber, DateOnly issuedOn, DateOnly expiresOn)
    {
        Number = number;
        AgencyId = agencyId;
        RegistrationNumber = registrationNumber;
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
        Status = LicenceStatus.Active;
    }

    public string Number { get; private set; } = "";
    public Guid AgencyId { get; private set; }
    public string RegistrationNumber { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateOnly ExpiresOn { get; private set; }
    public LicenceStatus Status { get; private set; }

    public static string FormatNumber(int year, int sequence) => $"PRA-{year}-{sequence:D4}";

    public static Licence Issue(Guid agencyId, string registrationNumber, DateOnly issuedOn, int termMonths, int sequence) =>
        new(FormatNumber(issuedOn.Year, sequence), agencyId, registrationNumber, issuedOn, issuedOn.AddMonths(termMonths));
}
