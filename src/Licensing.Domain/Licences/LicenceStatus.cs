namespace Licensing.Domain.Licences;

public enum LicenceStatus
{
    Active,
    Suspended,
    Revoked,
    Expired,
    Surrendered,
}
